// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --out} naming a file, a folder under a file, or a folder that cannot be written is one
 * line and exit code 2 before anything is loaded or simulated (it was a stack trace at the end of
 * the run), for every command that writes a folder.
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

  /** The option that names the folder {@code command} writes. */
  static String option(String command) {
    return command.endsWith("--resume") ? "--resume" : "--out";
  }

  /** The arguments of {@code command} with its folder {@code out}, valid but for the folder. */
  List<String> writing(String command, Path out) throws Exception {
    List<String> args = new ArrayList<>(List.of(command.replace(" --resume", "").split(" ")));
    if (command.startsWith("sweep")) {
      Path plan = Files.writeString(dir.resolve("plan.yaml"), "grid:\n  fleet.vehicles: [4, 6]\n");
      args.add(plan.toString());
    } else if (command.equals("calibrate")) {
      Path records = Files.writeString(dir.resolve("records.csv"), "id,received\n");
      args.addAll(List.of(records.toString(), "--map", "demo-city"));
    }
    args.addAll(List.of(option(command), out.toString()));
    return args;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "demo",
        "run --replications 2",
        "drill",
        "sweep",
        "sweep --resume",
        "sensitivity",
        "calibrate"
      })
  void everyCommandThatWritesAFolderRefusesAFileAndAFolderItCannotWrite(String command)
      throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
    String option = option(command) + " ";
    assertRefusedBeforeWork(
        RunCommandTest.patrolsim(writing(command, file).toArray(String[]::new)),
        option + file + ": is a file, expected a folder to write the outputs in");
    assertThat(Files.readString(file)).isEqualTo("mine");

    Path proc = Path.of("/proc");
    assumeTrue(Files.isDirectory(proc.resolve("self")), "a Linux /proc");
    Path out = proc.resolve("patrolsim-out");
    RunCommandTest.Outcome o =
        RunCommandTest.patrolsim(writing(command, out).toArray(String[]::new));
    assertThat(o.exit()).as(o.err()).isEqualTo(2);
    assertThat(o.err().strip().lines()).hasSize(1);
    assertThat(o.err()).startsWith("patrolsim: " + option + out + ": cannot be written (");
    assertThat(o.out()).isEmpty();
  }

  @Test
  void theDemoCityFileIsRefusedInOneLineWhereItCannotBeWritten() {
    Path proc = Path.of("/proc");
    assumeTrue(Files.isDirectory(proc.resolve("self")), "a Linux /proc");
    Path out = proc.resolve("city.osm");
    RunCommandTest.Outcome o =
        RunCommandTest.patrolsim("map", "demo-city", "--out", out.toString());
    assertThat(o.exit()).as(o.err()).isEqualTo(2);
    assertThat(o.err().strip()).startsWith("patrolsim: --out " + out + ": cannot be written (");
    assertThat(o.err().strip().lines()).hasSize(1);
    RunCommandTest.Outcome folder =
        RunCommandTest.patrolsim("map", "demo-city", "--out", dir.toString());
    assertThat(folder.err().strip())
        .isEqualTo("patrolsim: --out " + dir + ": is a folder, expected the .osm file to write");
  }
}
