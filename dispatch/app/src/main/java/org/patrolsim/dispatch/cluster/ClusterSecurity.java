// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.patrolsim.dispatch.sweep.SweepInputError;

/**
 * How a cluster node proves it belongs (docs/SWEEP.md, "A secured cluster"): a shared secret, whose
 * HMAC every node sends when it joins and every member checks ({@link SecretCheck}), and optionally
 * Artery over TLS with a key store that holds the cluster's key and certificate (used as the trust
 * store too, with mutual authentication: only a node holding that key connects at all). The key
 * store's password is the secret. Off ({@link #NONE}) unless asked for.
 *
 * @param secret the cluster secret (the first line of the secret file), if any
 * @param keystore the PKCS12 key store, if TLS is on
 */
public record ClusterSecurity(Optional<String> secret, Optional<Path> keystore) {
  /** No secret, no TLS. */
  public static final ClusterSecurity NONE =
      new ClusterSecurity(Optional.empty(), Optional.empty());

  /** The config path every node sends when it joins: the HMAC of the secret, or "none". */
  static final String DIGEST_PATH = "patrolsim.cluster.secret-hmac";

  static final int MIN_SECRET = 16;

  @Override
  public String toString() {
    return "ClusterSecurity[secret="
        + (secret.isPresent() ? "***" : "none")
        + ", "
        + keystore
        + "]";
  }

  /**
   * Reads {@code secretFile} (the secret on its first line) and checks that {@code keystore} opens
   * with it; either may be null (a key store needs a secret). Mistakes give one line.
   */
  public static ClusterSecurity of(Path secretFile, Path keystore) {
    if (secretFile == null) {
      if (keystore != null) {
        throw new SweepInputError(
            "--keystore "
                + keystore
                + ": needs --secret-file, the file whose first line is the cluster secret (the"
                + " key store's password)");
      }
      return NONE;
    }
    String secret = readSecret(secretFile);
    if (keystore != null) {
      checkKeystore(keystore, secret, secretFile);
    }
    return new ClusterSecurity(
        Optional.of(secret), Optional.ofNullable(keystore).map(Path::toAbsolutePath));
  }

  private static String readSecret(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SweepInputError(
          "--secret-file " + file + ": cannot read it (" + e.getMessage() + ")");
    }
    String secret = lines.isEmpty() ? "" : lines.get(0).strip();
    if (secret.length() < MIN_SECRET) {
      throw new SweepInputError(
          "--secret-file "
              + file
              + ": expected the cluster secret on the first line, at least "
              + MIN_SECRET
              + " characters (e.g. openssl rand -hex 24), got "
              + secret.length());
    }
    return secret;
  }

  private static void checkKeystore(Path keystore, String secret, Path secretFile) {
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, secret.toCharArray());
      boolean key = false;
      for (String alias : java.util.Collections.list(store.aliases())) {
        key |= store.isKeyEntry(alias);
      }
      if (!key) {
        throw new SweepInputError(
            "--keystore "
                + keystore
                + ": holds no private key; expected the cluster's key and certificate (keytool"
                + " -genkeypair, docs/SWEEP.md)");
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new SweepInputError(
          "--keystore "
              + keystore
              + ": cannot open it as a PKCS12 key store with the secret of --secret-file "
              + secretFile
              + " ("
              + e.getMessage()
              + ")");
    }
  }

  /** Whether Artery runs over TLS. */
  public boolean tls() {
    return keystore.isPresent();
  }

  /** The HMAC-SHA256 of the secret, hex, or "none": what a node shows when it joins. */
  String digest() {
    return secret.map(ClusterSecurity::hmac).orElse("none");
  }

  static String hmac(String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal("patrolsim cluster join".getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Akka configuration of this security: the join check, and TLS when on. */
  Config config() {
    Config config =
        ConfigFactory.parseString(
                "akka.cluster.configuration-compatibility-check.checkers.patrolsim-secret = \""
                    + SecretCheck.class.getName()
                    + "\"")
            .withValue(DIGEST_PATH, ConfigValueFactory.fromAnyRef(digest()));
    if (keystore.isEmpty()) {
      return config;
    }
    String store = keystore.get().toString();
    String password = secret.orElseThrow();
    String ssl = "akka.remote.artery.ssl.config-ssl-engine.";
    return ConfigFactory.parseString(
            String.join(
                "\n",
                "akka.remote.artery.transport = tls-tcp",
                ssl + "protocol = TLSv1.3",
                ssl + "enabled-algorithms = [TLS_AES_256_GCM_SHA384, TLS_AES_128_GCM_SHA256]",
                ssl + "require-mutual-authentication = on",
                ssl + "hostname-verification = off"))
        .withValue(ssl + "key-store", ConfigValueFactory.fromAnyRef(store))
        .withValue(ssl + "trust-store", ConfigValueFactory.fromAnyRef(store))
        .withValue(ssl + "key-store-password", ConfigValueFactory.fromAnyRef(password))
        .withValue(ssl + "key-password", ConfigValueFactory.fromAnyRef(password))
        .withValue(ssl + "trust-store-password", ConfigValueFactory.fromAnyRef(password))
        .withFallback(config);
  }
}
