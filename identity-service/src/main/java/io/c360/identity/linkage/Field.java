package io.c360.identity.linkage;

/**
 * The fields compared between two person records. Each comparison lands in one of three levels
 * ({@link #DISAGREE}, {@link #PARTIAL}, {@link #EXACT}) or is {@link #MISSING} when either record
 * lacks the field; a missing field is no evidence either way.
 */
public enum Field {
  FIRST_NAME("firstName"),
  MIDDLE_NAME("middleName"),
  LAST_NAME("lastName"),
  STREET_NUMBER("streetNumber"),
  STREET("street"),
  LOCALITY("locality"),
  POSTCODE("postcode"),
  REGION("region"),
  BIRTH_DATE("birthDate"),
  GENDER("gender");

  public static final int MISSING = 3;
  public static final int DISAGREE = 0;
  public static final int PARTIAL = 1;
  public static final int EXACT = 2;

  /** Levels a present field can take. */
  public static final int LEVELS = 3;

  private final String wireName;

  Field(String wireName) {
    this.wireName = wireName;
  }

  /** The name shown in the review queue's per-field similarities. */
  public String wireName() {
    return wireName;
  }
}
