// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The chance that a patrol settles a call on the spot: crew factor, cap at 1, grace, half-life. */
class SettleChanceTest {
  static final long MIN = 60_000;
  static final IncidentType DISPUTE =
      new IncidentType(
          "dispute",
          Priority.NORMAL,
          1,
          new OnSceneTime.Erlang2(30 * MIN),
          0.8,
          1,
          new SettleDecay(5 * MIN, 20 * MIN),
          new RepeatRule(0.3, 7 * 86_400_000L));

  @Test
  void wholeWithinTheGraceTime() {
    assertThat(DISPUTE.settleChance(1.0, 0)).isEqualTo(0.8);
    assertThat(DISPUTE.settleChance(1.0, 5 * MIN)).isEqualTo(0.8);
    assertThat(DISPUTE.settleChance(1.0, 5 * MIN + 1)).isLessThan(0.8);
  }

  @Test
  void halvesEveryHalfLifeAfterTheGrace() {
    assertThat(DISPUTE.settleChance(1.0, 25 * MIN)).isCloseTo(0.4, within(1e-12));
    assertThat(DISPUTE.settleChance(1.0, 45 * MIN)).isCloseTo(0.2, within(1e-12));
    assertThat(DISPUTE.settleChance(1.0, 15 * MIN)).isCloseTo(0.8 * Math.sqrt(0.5), within(1e-12));
  }

  @Test
  void theCrewFactorMultipliesTheTypesChanceCappedAtOne() {
    assertThat(DISPUTE.settleChance(1.1, 0)).isCloseTo(0.88, within(1e-12));
    assertThat(DISPUTE.settleChance(0.5, 0)).isCloseTo(0.4, within(1e-12));
    assertThat(DISPUTE.settleChance(2.0, 0)).isEqualTo(1.0); // 1.6 capped
    assertThat(DISPUTE.settleChance(2.0, 25 * MIN))
        .isCloseTo(0.5, within(1e-12)); // cap, then decay
  }

  @Test
  void aTypeWithoutHalfLifeDoesNotDependOnTime() {
    IncidentType theft = new IncidentType("theft-report", Priority.LOW, 1, 20 * MIN, 0.5, 1);
    assertThat(theft.settleChance(1.0, 0)).isEqualTo(0.5);
    assertThat(theft.settleChance(1.0, 600 * MIN)).isEqualTo(0.5);
  }

  @Test
  void aLaterArrivalCanOnlyLoseASettleNeverGainOne() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) {
      IncidentFate fate = IncidentFate.draw(DISPUTE, random);
      long early = random.nextLong(60 * MIN);
      long late = early + random.nextLong(60 * MIN);
      if (fate.settledOnStreet(DISPUTE, 1.0, late)) {
        assertThat(fate.settledOnStreet(DISPUTE, 1.0, early)).isTrue();
      }
      assertThat(fate.settleableAtBest(DISPUTE, 1.0) || !fate.settledOnStreet(DISPUTE, 1.0, early))
          .isTrue();
    }
  }

  @Test
  void aRepeatComesWithItsChanceAfterAnExponentialDelay() {
    SplittableRandom random = new SplittableRandom(11);
    int n = 40_000;
    int repeats = 0;
    double sumDays = 0;
    for (int i = 0; i < n; i++) {
      var after = IncidentFate.draw(DISPUTE, random).repeatAfterMs(DISPUTE);
      if (after.isPresent()) {
        repeats++;
        sumDays += after.getAsLong() / 86_400_000.0;
      }
    }
    // binomial sd of the share: sqrt(0.3 x 0.7 / 40000) = 0.0023; of the mean delay: 7 /
    // sqrt(12000) = 0.064
    assertThat(repeats / (double) n).isCloseTo(0.3, within(0.01));
    assertThat(sumDays / repeats).isCloseTo(7.0, within(0.25));
    assertThat(
            IncidentFate.draw(new IncidentType("t", Priority.LOW, 1, MIN, 0.5, 1), random)
                .repeatAfterMs(new IncidentType("t", Priority.LOW, 1, MIN, 0.5, 1)))
        .isEmpty();
  }
}
