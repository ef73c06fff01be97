// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every swap's score from {@link SwapScores} against the screen's own score of the swapped set: 40
 * demand points, 12 sites at whole minutes 0-15 (so ties in distance occur; a few unreachable),
 * five posts; after each swap made, again. With the step value (a 6-minute radius) and with the
 * settle value of two incident types in two hours of unequal congestion and a threshold, whose
 * values lie between 0 and 1.
 */
class SwapScoresTest {
  static Stream<Arguments> cases() {
    ScreenValue settle =
        ScreenValue.settle(
            new double[] {0.3, 0.7},
            new double[] {1.0, 1.5},
            List.of(
                new ScreenValue.Term(ScreenValueTest.DISPUTE, 0.6, 1.25, 1.0),
                new ScreenValue.Term(
                    ScreenValueTest.type("traffic", 0.85, 10, 30), 0.4, 0.75, 1.15)),
            0,
            10);
    return Stream.of(0.0, 0.37, 0.9)
        .flatMap(
            q -> Stream.of(Arguments.of(q, ScreenValue.step(6, "test")), Arguments.of(q, settle)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everySwapScoresAsTheScreenScoresTheSwappedSet(double q, ScreenValue value) {
    SplittableRandom random = new SplittableRandom(26);
    int points = 40;
    int sites = 12;
    double[] weight = new double[points];
    double[][] minutes = new double[points][sites];
    for (int j = 0; j < points; j++) {
      weight[j] = 1 + random.nextInt(5);
      for (int s = 0; s < sites; s++) {
        minutes[j][s] = random.nextInt(20) == 0 ? Double.POSITIVE_INFINITY : random.nextInt(16);
      }
    }
    CoverageScreen screen = new CoverageScreen(weight, minutes, q, value);
    if (value.kind() == ScreenValue.Kind.SETTLE) {
      // values strictly between the step's 0 and 1 occur
      assertThat(java.util.Arrays.stream(screen.value).flatMapToDouble(java.util.Arrays::stream))
          .anyMatch(v -> v > 0 && v < 0.8);
    }
    boolean[] chosen = new boolean[sites];
    for (int s : new int[] {0, 3, 4, 8, 11}) {
      chosen[s] = true;
    }
    SwapScores swaps = new SwapScores(screen, chosen);
    int checked = 0;
    for (int round = 0; round < 3; round++) {
      for (int in = 0; in < sites; in++) {
        for (int out = 0; out < sites; out++) {
          if (chosen[in] || !chosen[out]) {
            continue;
          }
          boolean[] swapped = chosen.clone();
          swapped[in] = true;
          swapped[out] = false;
          Score expected = screen.score(swapped);
          Score actual = swaps.score(in, out);
          assertThat(actual.coverage()).isCloseTo(expected.coverage(), within(1e-12));
          assertThat(actual.expectedMinutes()).isCloseTo(expected.expectedMinutes(), within(1e-12));
          checked++;
        }
      }
      // move one car, then check every swap of the new set
      int in = firstFree(chosen, round);
      int out = firstTaken(chosen, round);
      swaps.swap(in, out);
      assertThat(chosen[in]).isTrue();
      assertThat(chosen[out]).isFalse();
    }
    assertThat(checked).isEqualTo(3 * 5 * 7);
  }

  private static int firstFree(boolean[] chosen, int after) {
    for (int s = after; ; s++) {
      if (!chosen[s % chosen.length]) {
        return s % chosen.length;
      }
    }
  }

  private static int firstTaken(boolean[] chosen, int after) {
    for (int s = after; ; s++) {
      if (chosen[s % chosen.length]) {
        return s % chosen.length;
      }
    }
  }
}
