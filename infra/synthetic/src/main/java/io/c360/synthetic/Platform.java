package io.c360.synthetic;

/** The device a customer browses with; its wire name is the event {@code source}. */
enum Platform {
  WEB("web"),
  IOS("ios"),
  ANDROID("android");

  private final String source;

  Platform(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  boolean app() {
    return this != WEB;
  }
}
