// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.testing.IntegrationTest;

/** incidents.csv's times are written by integer arithmetic: the text String.format wrote before. */
@IntegrationTest
class IncidentsCsvTest {
  @Test
  void secondsAreTheTextOfStringFormatWithThreeDecimals() {
    SplittableRandom random = new SplittableRandom(3);
    long[] edges = {
      0, 1, 9, 10, 99, 100, 999, 1000, 1001, 59_999, 86_400_000L, 366L * 86_400_000L + 999
    };
    for (long ms : edges) {
      assertThat(IncidentsCsv.secs(ms))
          .as("%d ms", ms)
          .isEqualTo(String.format(Locale.ROOT, "%.3f", ms / 1000.0));
    }
    for (int i = 0; i < 1_000_000; i++) {
      long ms = random.nextLong(1_000L * 86_400_000L); // up to a thousand days
      assertThat(IncidentsCsv.secs(ms)).isEqualTo(String.format(Locale.ROOT, "%.3f", ms / 1000.0));
    }
    assertThat(IncidentsCsv.secs(-1)).isEmpty();
  }
}
