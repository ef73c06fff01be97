// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks an output folder before anything is simulated: it must be a folder (or not exist yet) that
 * can be created and written, so that a mistake in {@code --out} costs one line, not a whole run
 * and a stack trace at its end. The check writes a probe file, and deletes it again, in the folder
 * or, when it does not exist yet, in its nearest existing parent (where it would be created); it
 * creates nothing else.
 */
final class OutputFolder {
  private OutputFolder() {}

  /**
   * @param option the option that named the folder, for the message (e.g. {@code --out})
   * @throws CliInputError one line naming the folder and what is wrong
   */
  static void check(String option, Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    for (Path p = absolute; p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw new CliInputError(
            option
                + " "
                + folder
                + ": "
                + (p.equals(absolute) ? "is a file" : "lies under the file " + p)
                + ", expected a folder to write the outputs in");
      }
    }
    Path existing = absolute;
    while (!Files.exists(existing) && existing.getParent() != null) {
      existing = existing.getParent();
    }
    try {
      Files.delete(Files.createTempFile(existing, ".patrolsim-probe-", ""));
    } catch (IOException e) {
      throw new CliInputError(
          option
              + " "
              + folder
              + ": cannot be written ("
              + reason(e)
              + "), expected a folder that can be created and written");
    }
  }

  /** What went wrong, in words, without the exception's class or the path again. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return e.getClass()
        .getSimpleName()
        .replace("Exception", "")
        .replaceAll("([a-z])([A-Z])", "$1 $2")
        .toLowerCase(java.util.Locale.ROOT);
  }
}
