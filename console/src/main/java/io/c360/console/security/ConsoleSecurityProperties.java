package io.c360.console.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How people sign in to the console.
 *
 * @param mode {@code local} (form login with {@link #users()}) or {@code oidc} (OAuth2 login with
 *     the registration configured under {@code spring.security.oauth2.client})
 * @param users local users; each password only as a Spring Security {@code PasswordEncoder} hash
 *     with its id prefix, e.g. {@code {bcrypt}$2a$10$...}; never a plain password
 * @param oidc where the roles are in the OIDC user's claims
 */
@Validated
@ConfigurationProperties("c360.console.security")
public record ConsoleSecurityProperties(
    @NotNull Mode mode, @Valid List<User> users, @Valid Oidc oidc) {

  public ConsoleSecurityProperties {
    mode = mode == null ? Mode.LOCAL : mode;
    users = users == null ? List.of() : List.copyOf(users);
    oidc = oidc == null ? new Oidc(null) : oidc;
  }

  /** Local form login or OIDC login. */
  public enum Mode {
    LOCAL,
    OIDC
  }

  /** A local user: a name, the hash of the password and the roles. */
  public record User(
      @NotBlank String username,
      @NotBlank
          @Pattern(
              regexp = "\\{[A-Za-z0-9-]+\\}.+",
              message = "must be a PasswordEncoder hash with its id, e.g. {bcrypt}$2a$10$...")
          String passwordHash,
      @NotEmpty Set<ConsoleRole> roles) {

    @Override
    public String toString() {
      return "User[" + username + ", roles=" + roles + ", hash hidden]";
    }
  }

  /**
   * @param rolesClaim the claim holding the user's roles (a list or a space- or comma-separated
   *     string); values other than marketer, analyst and admin are ignored
   */
  public record Oidc(@Nullable String rolesClaim) {
    public Oidc {
      rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
    }
  }
}
