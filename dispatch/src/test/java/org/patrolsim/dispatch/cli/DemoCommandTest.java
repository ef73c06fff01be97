// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code patrolsim demo} on the bundled demo city, as the README's Quick start runs it. */
class DemoCommandTest {

  @Test
  void showsTheDemoCityAndSampleTravelTimes() {
    MapCommandTest.Run r = MapCommandTest.run("demo", "--cache-dir", MapCommandTest.CACHE.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsPattern("demo-city: \\d{2},\\d{3} nodes, \\d{2},\\d{3} road segments, 15\\.0 x 15\\.0 km");
    assertThat(r.out()).containsPattern("north-west -> centre: +\\d+\\.\\d km, \\d+ min \\d{2} s");
    assertThat(r.out()).contains("Which of 48 cars reaches the centre first? car ");
    assertThat(r.out()).doesNotContain("unreachable");
  }
}
