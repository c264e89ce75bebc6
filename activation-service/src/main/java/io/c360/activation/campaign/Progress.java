package io.c360.activation.campaign;

/**
 * A campaign's counts: members assigned (split into treatment and control), and what happened to
 * them. Control members go through the same eligibility checks, so {@code heldOut} is comparable
 * with {@code sent + failed}; suppressions count both groups.
 */
public record Progress(
    long assigned,
    long treatment,
    long control,
    long heldOut,
    long suppressedConsent,
    long suppressedCap,
    long suppressedErased,
    long suppressedNoAddress,
    long sent,
    long failed) {

  public static final Progress NONE = new Progress(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** Members with a final state. */
  public long decided() {
    return heldOut
        + suppressedConsent
        + suppressedCap
        + suppressedErased
        + suppressedNoAddress
        + sent
        + failed;
  }
}
