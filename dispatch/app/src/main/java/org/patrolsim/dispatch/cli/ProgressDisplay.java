// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a long job's progress goes, chosen for where stderr goes: a live bar redrawn in place on a
 * terminal ({@link LiveBar}), a few plain lines (one per tenth of the work) when stderr is a file
 * or a pipe ({@link ProgressLines}), so a log file gets a dozen lines, not thousands of redrawn
 * bars.
 */
sealed interface ProgressDisplay extends AutoCloseable permits LiveBar, ProgressLines {

  /** The work done so far, in the display's unit. */
  void stepTo(long done);

  /** The whole work, when it is known only after the display opened. */
  void total(long total);

  /** Ends the display: the bar's last redraw, or the last line if the work got to its end. */
  @Override
  void close();

  /**
   * The process's stderr, where progress goes (as the bar always did), apart from the command's own
   * error writer: what a command says stays what scripts and tests read, whatever its speed.
   */
  static PrintWriter stderr() {
    return new PrintWriter(System.err, true, Charset.defaultCharset());
  }

  /**
   * A display of {@code task} ({@code unit} after the figures, e.g. {@code " h"}) out of {@code
   * total}, for work that began at {@code startedNanos} ({@link System#nanoTime()}): the live bar
   * on a terminal, plain lines on {@code err} otherwise (in production {@link #stderr()}).
   */
  static ProgressDisplay open(
      String task, String unit, long total, long startedNanos, PrintWriter err) {
    return stderrIsTerminal()
        ? new LiveBar(task, unit, total, err)
        : new ProgressLines(task, unit, total, startedNanos, err);
  }

  /**
   * A terminal on both ends ({@link System#console()}) and, where Linux says where stderr goes, a
   * device there too: {@code patrolsim run 2>log} in a terminal still writes plain lines.
   */
  private static boolean stderrIsTerminal() {
    if (!consoleIsTerminal()) {
      return false;
    }
    Path stderr = Path.of("/proc/self/fd/2");
    try {
      return !Files.isSymbolicLink(stderr)
          || Files.readSymbolicLink(stderr).toString().startsWith("/dev/");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return true;
    }
  }

  /**
   * Whether {@link System#console()} is a terminal: until JDK 21 it is null without one, from JDK
   * 22 it is not and {@code Console.isTerminal()} tells.
   */
  @SuppressWarnings("SystemConsoleNull") // null is the answer only before JDK 22, as checked here
  private static boolean consoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // before JDK 22
    }
  }
}
