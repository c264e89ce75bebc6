package io.c360.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in {@link Viewer} and the navigation their roles open. */
@ControllerAdvice
class LayoutModel {

  @ModelAttribute("viewer")
  @Nullable Viewer viewer(@Nullable Authentication authentication) {
    return viewerOf(authentication);
  }

  @ModelAttribute("nav")
  List<NavItem> nav(@Nullable Authentication authentication, HttpServletRequest request) {
    return navFor(authentication, request.getRequestURI());
  }

  static @Nullable Viewer viewerOf(@Nullable Authentication authentication) {
    return signedIn(authentication) ? Viewer.of(authentication) : null;
  }

  static List<NavItem> navFor(@Nullable Authentication authentication, String path) {
    List<NavItem> items = new ArrayList<>();
    if (!signedIn(authentication)) {
      return items;
    }
    Viewer viewer = Viewer.of(authentication);
    items.add(item("Customers", "/customers", path));
    if (viewer.marketing()) {
      items.add(item("Audiences", "/audiences", path));
      items.add(item("Campaigns", "/campaigns", path));
    }
    if (viewer.analysis()) {
      items.add(item("Models", "/models", path));
    }
    items.add(item("Recommendations", "/recommendations", path));
    if (viewer.stewardship()) {
      items.add(item("Link suggestions", "/link-suggestions", path));
    }
    if (viewer.analysis()) {
      items.add(item("Data", "/data", path));
    }
    return items;
  }

  private static boolean signedIn(@Nullable Authentication authentication) {
    return authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken);
  }

  private static NavItem item(String label, String href, String path) {
    return new NavItem(label, href, path.equals(href) || path.startsWith(href + "/"));
  }
}
