// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.incident.Priority;

class TravelFitTest {
  @Test
  void speedFactorsAndCongestionComeFromMedianRatiosAndBadDrivesAreCounted() {
    List<Drive> drives = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      double routed = 100 + 10 * i;
      drives.add(new Drive(Priority.NORMAL, 2, 1.25 * routed, routed)); // night: 1.25 x the map
      drives.add(
          new Drive(Priority.NORMAL, 17, 1.5 * 1.25 * routed, routed)); // evening: 1.5 x the night
    }
    drives.add(new Drive(Priority.NORMAL, 3, 1000, 100)); // ratio 10: a wrong stamp
    drives.add(new Drive(Priority.NORMAL, 3, 100, Double.POSITIVE_INFINITY)); // no way on the map
    drives.add(new Drive(Priority.URGENT, 3, 50, 100)); // too few urgent drives
    Findings f = new Findings();
    TravelFit.fit(drives, Map.of("noUnitPosition", 4), f);

    Fit speed = f.fits.get(0);
    // the night hour is the quietest quarter of the two fitted hours: free flow, 1.25 x the map, so
    // 1 / 1.25
    assertThat(speed.value()).isEqualTo(Map.of("normal", 0.8));
    assertThat(speed.leftOut())
        .isEqualTo(Map.of("noUnitPosition", 4, "ratioOutside0.2to5", 1, "unroutable", 1));
    assertThat(speed.n()).isEqualTo(51);
    @SuppressWarnings("unchecked")
    List<Double> congestion = (List<Double>) f.fits.get(1).value();
    assertThat(congestion.get(2)).isEqualTo(1.0);
    assertThat(congestion.get(17)).isEqualTo(1.5);
    assertThat(congestion.get(3)).isEqualTo(1.0); // 1 drive: too few, left at 1.0
    // every normal drive is predicted exactly: routed x congestion / 0.8
    assertThat(speed.goodness().value()).isEqualTo(0.0);
  }

  @Test
  void tooFewDrivesAreNotFitted() {
    Findings f = new Findings();
    TravelFit.fit(List.of(new Drive(Priority.LOW, 1, 60, 50)), Map.of(), f);
    assertThat(f.fits).isEmpty();
    assertThat(f.notFitted.get(0).why()).startsWith("1 usable drive(s), fewer than the 20");
  }
}
