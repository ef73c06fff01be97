// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.democity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of the bytecode of every class in the generator's package, read from the classpath: any
 * change to the generator's code changes it, so a cached city written by other code is never
 * reused. Costs 30-130 ms (measured: most of it listing the entries of a 31 MB shaded jar and first
 * use of the hashing code), against 0.3-1 s to generate the city.
 */
final class GeneratorFingerprint {
  private GeneratorFingerprint() {}

  /**
   * The fingerprint of the package of {@code anchor}, from the folder or jar it was loaded from.
   */
  static String of(Class<?> anchor) {
    String packageDir = anchor.getPackageName().replace('.', '/') + "/";
    Path source;
    try {
      source = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new IllegalStateException("cannot locate the classes of " + anchor.getName(), e);
    }
    try {
      return hash(
          Files.isDirectory(source) ? fromFolder(source, packageDir) : fromJar(source, packageDir));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the classes of " + anchor.getName() + " in " + source, e);
    }
  }

  /** The class files directly in {@code packageDir} under a classes folder, by name. */
  static Map<String, byte[]> fromFolder(Path root, String packageDir) throws IOException {
    Map<String, byte[]> classes = new TreeMap<>();
    Path dir = root.resolve(packageDir);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        String name = f.getFileName().toString();
        if (name.endsWith(".class")) {
          classes.put(name, Files.readAllBytes(f));
        }
      }
    }
    return classes;
  }

  /** The class files directly in {@code packageDir} inside a jar, by name. */
  static Map<String, byte[]> fromJar(Path jar, String packageDir) throws IOException {
    Map<String, byte[]> classes = new TreeMap<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry e : (Iterable<JarEntry>) file.stream()::iterator) {
        String name = e.getName();
        if (name.startsWith(packageDir)
            && name.endsWith(".class")
            && name.indexOf('/', packageDir.length()) < 0) {
          try (InputStream in = file.getInputStream(e)) {
            classes.put(name.substring(packageDir.length()), in.readAllBytes());
          }
        }
      }
    }
    return classes;
  }

  /** SHA-256 over (name, length, bytes) of each class in name order, as 16 hex digits. */
  static String hash(Map<String, byte[]> classes) {
    if (classes.isEmpty()) {
      throw new IllegalStateException("no generator classes found to fingerprint");
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (var c : new TreeMap<>(classes).entrySet()) {
        sha.update(c.getKey().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Integer.toString(c.getValue().length).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(c.getValue());
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
