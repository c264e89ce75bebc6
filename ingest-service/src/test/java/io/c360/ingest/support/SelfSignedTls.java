package io.c360.ingest.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * A throw-away certificate for {@code localhost} (made by the JDK's own keytool at test time, with
 * a random password, so no key or secret is committed): ingest serves HTTPS with it, and a client
 * that trusts only it can talk to that ingest. For the SDKs that always use {@code https://}.
 */
public final class SelfSignedTls {

  private static final String ALIAS = "ingest";

  private final Path keyStore;
  private final String password;
  private final X509TrustManager trustManager;
  private final SSLContext clientContext;

  private SelfSignedTls(Path keyStore, String password)
      throws GeneralSecurityException, IOException {
    this.keyStore = keyStore;
    this.password = password;
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      keys.load(in, password.toCharArray());
    }
    Certificate certificate = keys.getCertificate(ALIAS);
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    trusted.setCertificateEntry(ALIAS, certificate);
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trusted);
    trustManager = (X509TrustManager) factory.getTrustManagers()[0];
    clientContext = SSLContext.getInstance("TLS");
    clientContext.init(null, new javax.net.ssl.TrustManager[] {trustManager}, null);
  }

  /** A new key pair and certificate for localhost and 127.0.0.1, valid for a day. */
  public static SelfSignedTls forLocalhost() {
    try {
      Path dir = Files.createTempDirectory("c360-tls");
      Path store = dir.resolve("ingest.p12");
      String password = UUID.randomUUID().toString();
      Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
      Process process =
          new ProcessBuilder(
                  List.of(
                      keytool.toString(),
                      "-genkeypair",
                      "-alias",
                      ALIAS,
                      "-keyalg",
                      "EC",
                      "-groupname",
                      "secp256r1",
                      "-dname",
                      "CN=localhost",
                      "-ext",
                      "SAN=dns:localhost,ip:127.0.0.1",
                      "-validity",
                      "1",
                      "-storetype",
                      "PKCS12",
                      "-keystore",
                      store.toString(),
                      "-storepass",
                      password))
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("keytool failed: " + output);
      }
      return new SelfSignedTls(store, password);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("could not make a certificate for localhost", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The PKCS12 key store, for {@code server.ssl.key-store}. */
  public Path keyStore() {
    return keyStore;
  }

  public String password() {
    return password;
  }

  public X509TrustManager trustManager() {
    return trustManager;
  }

  /** A client context that trusts this certificate and nothing else. */
  public SSLContext clientContext() {
    return clientContext;
  }
}
