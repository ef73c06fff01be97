// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import akka.util.Version;
import org.junit.jupiter.api.Test;

/**
 * A version names the commit when git gave one, and Akka's {@code app-version} takes every form (it
 * refuses more than two dots, so "-dirty" rather than ".dirty"), telling them apart.
 */
class PatrolsimVersionTest {

  @Test
  void theCommitFollowsTheProjectVersionWhenGitGaveOne() {
    assertThat(PatrolsimVersion.of("0.1.0-SNAPSHOT", "56a311a9a7"))
        .isEqualTo("0.1.0-SNAPSHOT+56a311a9a7");
    assertThat(PatrolsimVersion.of("0.1.0-SNAPSHOT", "56a311a9a7-dirty"))
        .isEqualTo("0.1.0-SNAPSHOT+56a311a9a7-dirty");
    assertThat(PatrolsimVersion.of("0.1.0", "")).isEqualTo("0.1.0");
    assertThat(PatrolsimVersion.of("0.1.0", "fatal: not a git repository")).isEqualTo("0.1.0");
  }

  @Test
  void akkaTakesEveryFormAndTellsThemApart() {
    String clean = PatrolsimVersion.of("0.1.0-SNAPSHOT", "56a311a9a7");
    String dirty = PatrolsimVersion.of("0.1.0-SNAPSHOT", "56a311a9a7-dirty");
    String other = PatrolsimVersion.of("0.1.0-SNAPSHOT", "0000000000");
    String bare = PatrolsimVersion.of("0.1.0-SNAPSHOT", "");
    for (String a : new String[] {clean, dirty, other, bare}) {
      for (String b : new String[] {clean, dirty, other, bare}) {
        assertThat(new Version(a).compareTo(new Version(b)) == 0)
            .as(a + " vs " + b)
            .isEqualTo(a.equals(b));
      }
    }
  }
}
