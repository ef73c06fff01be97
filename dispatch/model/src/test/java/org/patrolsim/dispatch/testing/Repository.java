// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of the repository the tests read (docs, examples, maps), found from whichever module's
 * folder a test runs in: the nearest folder above it that holds {@code docs/examples}.
 */
public final class Repository {
  private static final Path ROOT = findRoot();

  private Repository() {}

  /** A path inside the repository, e.g. {@code file("docs", "MODEL.md")}. */
  public static Path file(String first, String... more) {
    return ROOT.resolve(Path.of(first, more));
  }

  private static Path findRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("docs").resolve("examples"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "no folder above " + Path.of("").toAbsolutePath() + " holds docs/examples");
  }
}
