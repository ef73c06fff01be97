// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.testing.Repository;

/**
 * The ./patrolsim launcher under {@code LC_ALL=C}, where Java cannot decode an argument such as
 * {@code São Paulo.csv}: it runs Java in a UTF-8 locale of the machine. The launcher is copied into
 * a tree of its own with a jar in place (so it builds nothing) and a {@code java} on the PATH that
 * prints the locale it was given and its arguments.
 */
class LauncherLocaleTest {
  @TempDir Path dir;

  static boolean hasUtf8Locale() throws Exception {
    Process p = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
    String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(10, TimeUnit.SECONDS);
    return all.lines().anyMatch(l -> l.toLowerCase(java.util.Locale.ROOT).matches(".*\\.utf-?8"));
  }

  @Test
  void underTheCLocaleJavaRunsInAUtf8OneWithTheArgumentsIntact() throws Exception {
    assumeTrue(hasUtf8Locale(), "a UTF-8 locale on this machine (locale -a)");
    Path root = Files.createDirectories(dir.resolve("patrolsim"));
    Files.copy(Repository.file("patrolsim"), root.resolve("patrolsim"));
    Files.createDirectories(root.resolve("dispatch/app/target"));
    Files.writeString(root.resolve("dispatch/app/target/patrolsim.jar"), "");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    executable(
        bin.resolve("java"),
        """
        #!/usr/bin/env bash
        echo "LC_ALL=$LC_ALL charmap=$(locale charmap)"
        for a in "$@"; do echo "arg: $a"; done
        """);

    ProcessBuilder launcher =
        new ProcessBuilder("bash", root.resolve("patrolsim").toString(), "run", "São Paulo.yaml");
    launcher.environment().put("LC_ALL", "C");
    launcher.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    launcher.redirectErrorStream(true);
    Process p = launcher.start();
    List<String> lines =
        new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
    assertThat(lines.get(0)).matches("LC_ALL=\\S+ charmap=UTF-8");
    assertThat(lines).contains("arg: São Paulo.yaml");
  }

  static void executable(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
