// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayFileTest {
  static final IncidentMix MIX = new IncidentMix(List.of(
      new IncidentType("violent", Priority.URGENT, 0.1, 600_000, 0.3, 2),
      new IncidentType("traffic", Priority.NORMAL, 0.4, 600_000, 0.9, 1),
      new IncidentType("dispute", Priority.NORMAL, 0.5, 600_000, 0.8, 1)));

  static Path resource(String name) throws URISyntaxException {
    return Path.of(ReplayFileTest.class.getResource("/replay/" + name).toURI());
  }

  @Test
  void rowsBecomeCallsInTimeOrderFromMidnightOfTheFirstDay() throws Exception {
    List<IncidentCall> calls = ReplayFile.read(resource("three-calls.csv"), MIX);
    assertThat(calls).extracting(IncidentCall::timeMs)
        .containsExactly(7 * 3_600_000L, (8 * 3600 + 15 * 60 + 30) * 1000L, (24 * 3600 + 10) * 1000L);
    assertThat(calls).extracting(c -> c.type().name()).containsExactly("violent", "dispute", "traffic");
    assertThat(calls).extracting(IncidentCall::priority)
        .containsExactly(Priority.URGENT, Priority.NORMAL, Priority.LOW);
    assertThat(calls).extracting(IncidentCall::id).containsExactly(1L, 2L, 3L);
    assertThat(calls.get(0).lat()).isEqualTo(10.003);
  }

  @Test
  void aBadTimestampNamesFileLineAndExpectation() throws Exception {
    Path file = resource("bad-timestamp.csv");
    assertThatThrownBy(() -> ReplayFile.read(file, MIX))
        .isInstanceOf(ReplayFile.Error.class)
        .hasMessage(file + " line 3: time expected an ISO date-time like 2024-05-01T08:15:30, got '2024-05-01T25:99'");
  }
}
