// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A test resource as a file, for commands that read files: the resource itself when the test
 * classes are a folder, or, when they come from another module's test jar, a copy under
 * target/test-fixtures of all that jar's resources (so a scenario finds the files it names beside
 * it).
 */
public final class Fixtures {
  private static final Path COPIES = Path.of("target", "test-fixtures").toAbsolutePath();

  /**
   * The test jars whose resources this JVM has copied (each once, over what an earlier build left).
   */
  private static final Set<Path> COPIED = new HashSet<>();

  private Fixtures() {}

  /** The resource at an absolute classpath name, e.g. {@code /scenarios/monaco-small.yaml}. */
  public static synchronized Path file(String resource) {
    URL url = Fixtures.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("no test resource " + resource);
    }
    try {
      if ("file".equals(url.getProtocol())) {
        return Path.of(url.toURI());
      }
      copyResourcesOnce(url);
      return COPIES.resolve(resource.substring(1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyResourcesOnce(URL inJar) throws IOException, URISyntaxException {
    String jar = inJar.toURI().getSchemeSpecificPart();
    Path jarFile = Path.of(java.net.URI.create(jar.substring(0, jar.indexOf("!/"))));
    if (!COPIED.add(jarFile)) {
      return;
    }
    try (FileSystem zip = FileSystems.newFileSystem(jarFile);
        Stream<Path> all = Files.walk(zip.getPath("/"))) {
      for (Path entry : (Iterable<Path>) all::iterator) {
        String name = entry.toString().substring(1);
        if (Files.isRegularFile(entry)
            && !name.endsWith(".class")
            && !name.startsWith("META-INF")) {
          Path copy = COPIES.resolve(name);
          Files.createDirectories(copy.getParent());
          try (InputStream in = Files.newInputStream(entry)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
  }
}
