// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patrolsim.dispatch.calibrate.Calls.MONDAY;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.records.RecordedCall;

class MixFitTest {
  @Test
  void sharesOfCallerCallsByTypeAndCountsByPriority() {
    List<RecordedCall> calls =
        List.of(
            Calls.call(MONDAY.withHour(1), "dispute", Priority.NORMAL),
            Calls.call(MONDAY.withHour(2), "dispute", Priority.NORMAL),
            Calls.call(MONDAY.withHour(3), "dispute", Priority.URGENT),
            Calls.call(MONDAY.withHour(4), "theft-report", Priority.LOW),
            Calls.call(MONDAY.withHour(5), "traffic", Priority.LOW, true, 0L, null, 1L, 600L));
    List<Fit> fits = MixFit.fit(calls);
    assertThat(fits.get(0).value()).isEqualTo(Map.of("dispute", 0.75, "theft-report", 0.25));
    assertThat(fits.get(0).leftOut()).isEqualTo(Map.of("selfInitiated", 1));
    assertThat(fits.get(0).goodness().value()).isEqualTo(0.2165); // sqrt(0.75 x 0.25 / 4)
    assertThat(fits.get(1).value()).isEqualTo(Map.of("urgent", 1L, "normal", 2L, "low", 1L));
  }
}
