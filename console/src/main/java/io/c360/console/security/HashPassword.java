package io.c360.console.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Prints the {@code PasswordEncoder} hash ({@code {bcrypt}...}) of each password read from standard
 * input, one per line, so {@code ./c360 up} can configure local users without a plain password in
 * any configuration file. Passwords are read from stdin, never from the command line, where other
 * users of the machine could see them.
 */
public final class HashPassword {

  private HashPassword() {}

  public static void main(String[] args) throws IOException {
    var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (!line.isEmpty()) {
        System.out.println(encoder.encode(line));
      }
    }
  }
}
