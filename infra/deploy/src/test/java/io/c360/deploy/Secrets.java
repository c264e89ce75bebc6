package io.c360.deploy;

import java.util.regex.Pattern;

/** What a committed secret looks like, for checks of environment variables and config values. */
final class Secrets {

  /** Names whose value is a secret, or the hash of one (which belongs in a Secret as well). */
  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i).*(PASSWORD|PASSWD|SECRET|SESSION_TOKEN|ACCESS_KEY|API_KEY|WRITE_?KEY|PRIVATE_KEY"
              + "|CREDENTIALS?|SHA256|_TOKEN)$");

  /** Values that are secrets whatever their name: AWS key ids, private keys, long hex strings. */
  private static final Pattern SECRET_VALUE =
      Pattern.compile(
          "(AKIA|ASIA)[0-9A-Z]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----|\\b[0-9a-f]{40,}\\b");

  /**
   * A long base64 word in a one-line value (multi-line values are scripts and files, where paths
   * look the same).
   */
  private static final Pattern BASE64_WORD =
      Pattern.compile("(^|\\s)[A-Za-z0-9+/]{40,}={0,2}($|\\s)");

  /**
   * The only literal allowed for a secret-named variable: DynamoDB Local accepts any AWS key, but
   * the SDK needs one to sign requests.
   */
  static final String DYNAMODB_LOCAL_PLACEHOLDER = "local";

  private Secrets() {}

  static boolean looksLikeSecretName(String name) {
    return SECRET_NAME.matcher(name).matches();
  }

  static boolean looksLikeSecretValue(String value) {
    return SECRET_VALUE.matcher(value).find()
        || (!value.contains("\n") && BASE64_WORD.matcher(value).find());
  }

  /** True when a compose value only refers to the environment (or .env), e.g. {@code ${X:?..}}. */
  static boolean isInterpolation(String value) {
    return value.matches("\\$\\{[A-Za-z_][A-Za-z0-9_]*(:?[-?][^}]*)?}");
  }
}
