// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.patrolsim.dispatch.incident.IncidentFate;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.Priority;

class OnSceneTimeTest {

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 2, 20, 40})
  void theMeanIsThatOfTheTimesTheIncidentSourceDraws(double meanMinutes) {
    IncidentType type = new IncidentType("t", Priority.NORMAL, 1, Math.round(meanMinutes * 60_000), 0.5, 1);
    SplittableRandom random = new SplittableRandom(5);
    int n = 400_000;
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double t = IncidentFate.draw(type, random).onSceneMs() / 60_000.0;
      sum += t;
      squares += t * t;
    }
    double mean = sum / n;
    double se = Math.sqrt((squares / n - mean * mean) / n);
    assertThat(OnSceneTime.meanMinutes(meanMinutes)).isCloseTo(mean, within(4 * se));
  }

  @Test
  void longTimesAreHardlyChangedByTheOneMinuteFloor() {
    assertThat(OnSceneTime.meanMinutes(40)).isCloseTo(40, within(1e-3));
    assertThat(OnSceneTime.meanMinutes(0.5)).isGreaterThan(1);
  }
}
