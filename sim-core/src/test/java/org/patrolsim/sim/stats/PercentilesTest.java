// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void percentilesOfOneToTenThousandAreExactToATenthOfAPercent() {
    Percentiles p = new Percentiles();
    for (long v = 1; v <= 10_000; v++) {
      p.add(v);
    }
    assertThat(p.count()).isEqualTo(10_000);
    assertThat((double) p.percentile(50)).isCloseTo(5_000, within(5.0));
    assertThat((double) p.percentile(90)).isCloseTo(9_000, within(9.0));
    assertThat((double) p.percentile(99)).isCloseTo(9_900, within(10.0));
    assertThat((double) p.max()).isCloseTo(10_000, within(10.0));
  }

  @Test
  void mergedHistogramsCountEverything() {
    Percentiles a = new Percentiles();
    Percentiles b = new Percentiles();
    a.add(100);
    b.add(300);
    a.merge(b);
    assertThat(a.count()).isEqualTo(2);
    assertThat(a.mean()).isCloseTo(200, within(1.0));
  }

  @Test
  void negativeValuesAreRefused() {
    assertThatThrownBy(() -> new Percentiles().add(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
