// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --out} naming a file, a folder under a file, or a folder that cannot be written is one
 * line and exit code 2 before anything is loaded or simulated (it was a stack trace at the end of
 * the run).
 */
class OutputFolderTest {
  @TempDir Path dir;

  static void assertRefusedBeforeWork(RunCommandTest.Outcome o, String message) {
    assertThat(o.exit()).as(o.out() + o.err()).isEqualTo(2);
    assertThat(o.err().strip()).isEqualTo("patrolsim: " + message);
    assertThat(o.out()).as("nothing simulated").isEmpty();
  }

  @Test
  void aFileIsRefusedInOneLine() throws Exception {
    Path file = Files.writeString(dir.resolve("report.txt"), "not a folder");
    assertRefusedBeforeWork(
        RunCommandTest.patrolsim("run", "--days", "1", "--out", file.toString()),
        "--out " + file + ": is a file, expected a folder to write the outputs in");
    assertThat(Files.readString(file)).isEqualTo("not a folder");
    Path under = file.resolve("run1");
    assertRefusedBeforeWork(
        RunCommandTest.patrolsim("run", "--days", "1", "--out", under.toString()),
        "--out "
            + under
            + ": lies under the file "
            + file
            + ", expected a folder to write the outputs in");
  }

  @Test
  void aFolderThatCannotBeWrittenIsRefusedInOneLine() {
    Path proc = Path.of("/proc");
    assumeTrue(
        Files.isDirectory(proc.resolve("self")),
        "a Linux /proc, where no file can be created (even by root)");
    Path out = proc.resolve("patrolsim-out");
    RunCommandTest.Outcome o =
        RunCommandTest.patrolsim("run", "--days", "1", "--out", out.toString());
    assertThat(o.exit()).as(o.err()).isEqualTo(2);
    assertThat(o.err().strip().lines()).hasSize(1);
    assertThat(o.err())
        .startsWith("patrolsim: --out /proc/patrolsim-out: cannot be written (")
        .contains("), expected a folder that can be created and written");
    assertThat(o.out()).isEmpty();
  }
}
