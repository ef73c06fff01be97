// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.cluster.PatrolsimVersion;

/**
 * {@code patrolsim --version} names the commit the build was made from, as git itself names this
 * checkout's HEAD: the version cluster nodes compare, so builds from different commits refuse each
 * other (ClusterSweepTest starts a worker of another commit). Skipped outside a git checkout (a
 * source archive), where the build has the bare project version.
 */
class VersionTest {

  @Test
  void theVersionNamesTheCommitOfThisCheckout() {
    Optional<String> head = gitHead();
    assumeTrue(head.isPresent(), "not a git checkout, or no git");
    RunCommandTest.Outcome version = RunCommandTest.patrolsim("--version");
    assertThat(version.exit()).isZero();
    String prefix = "patrolsim " + PatrolsimVersion.projectVersion() + "+";
    String line = version.out().strip();
    assertThat(line).startsWith(prefix).isEqualTo("patrolsim " + PatrolsimVersion.current());
    String commit = line.substring(prefix.length()).replaceFirst("\\-dirty$", "");
    assertThat(commit).hasSizeGreaterThanOrEqualTo(10);
    assertThat(head.get()).startsWith(commit);
  }

  @Test
  void theProjectVersionIsMavensWithoutTheCommit() {
    assertThat(PatrolsimVersion.projectVersion()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  /** The full id of HEAD, by git in this module's folder (a checkout, or a linked worktree). */
  static Optional<String> gitHead() {
    try {
      Process git =
          new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return git.waitFor() == 0 && out.matches("[0-9a-f]{40}")
          ? Optional.of(out)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
