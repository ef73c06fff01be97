// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArrivalProcessTest {

  @Test
  void callsFollowTheDailyVolumeAndTheHourlyProfile() {
    List<Double> profile = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      profile.add(h < 12 ? 1.0 : 3.0); // afternoons three times as busy as mornings
    }
    ArrivalProcess process = new ArrivalProcess(1000, profile);
    SplittableRandom random = new SplittableRandom(42);
    int days = 20;
    long end = days * 86_400_000L;
    int morning = 0;
    int afternoon = 0;
    for (long t = process.next(0, random); t < end; t = process.next(t, random)) {
      if ((t / 3_600_000L) % 24 < 12) {
        morning++;
      } else {
        afternoon++;
      }
    }
    double perDay = (morning + afternoon) / (double) days;
    // Poisson with mean 20,000 over 20 days: sd of the daily mean is about 7; 5 sd = 35
    assertThat(perDay).isCloseTo(1000, within(35.0));
    assertThat(afternoon / (double) morning).isCloseTo(3.0, within(0.15));
    assertThat(process.perHour(13)).isCloseTo(1000 * 3.0 / 48, within(1e-9));
  }
}
