package io.c360.console.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page, the home page and the page shown when a role is missing. */
@Controller
class PagesController {

  private final ObjectProvider<ClientRegistrationRepository> registrations;

  PagesController(ObjectProvider<ClientRegistrationRepository> registrations) {
    this.registrations = registrations;
  }

  @GetMapping("/login")
  String login(Model model) {
    List<ClientRegistration> providers = new ArrayList<>();
    if (registrations.getIfAvailable() instanceof Iterable<?> all) {
      all.forEach(r -> providers.add((ClientRegistration) r));
    }
    model.addAttribute("providers", providers);
    return "login";
  }

  @GetMapping("/")
  String home() {
    return "home";
  }

  @RequestMapping("/forbidden")
  String forbidden(HttpServletResponse response, Model model) {
    response.setStatus(403);
    model.addAttribute("status", 403);
    model.addAttribute("title", "Forbidden");
    model.addAttribute(
        "detail", "Your role does not allow this page or action. Ask an admin if you need it.");
    model.addAttribute("source", "console");
    return "problem";
  }
}
