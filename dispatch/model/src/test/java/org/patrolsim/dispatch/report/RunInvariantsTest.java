// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;

/** Each invariant holds on a consistent stream and fails loudly when the stream is broken. */
class RunInvariantsTest {

  static List<DispatchEvent> broken(UnaryOperator<List<DispatchEvent>> change) {
    return change.apply(new ArrayList<>(RunReportTest.fourCalls()));
  }

  @Test
  void aConsistentStreamPasses() {
    assertThatCode(() -> RunReport.of(RunReportTest.fourCalls())).doesNotThrowAnyException();
  }

  @Test
  void anIncidentNeitherClearedNorReportedOpenBreaksTheCount() {
    List<DispatchEvent> events =
        broken(
            e -> {
              e.removeIf(DispatchEvent.StillOpen.class::isInstance);
              return e;
            });
    assertThatThrownBy(() -> RunReport.of(events))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("broken invariant: calls do not add up: 4 calls, 3 cleared, 0 open");
  }

  @Test
  void aCallOutWithoutATeamTurningOutBreaksTheCallOutCount() {
    List<DispatchEvent> events =
        broken(
            e -> {
              e.removeIf(
                  x ->
                      x instanceof DispatchEvent.UnitChanged u
                          && u.state() == UnitState.TURNOUT
                          && u.unit().equals(RunReportTest.A1));
              return e;
            });
    assertThatThrownBy(() -> RunReport.of(events))
        .hasMessageContaining("station call-outs do not add up: 2 decided, 1");
  }

  @Test
  void anArrivalBeforeTheDispatchIsATimelineOutOfOrder() {
    List<DispatchEvent> events =
        broken(
            e -> {
              int i =
                  e.indexOf(
                      new DispatchEvent.Arrived(
                          12 * RunReportTest.MIN, 1, RunReportTest.CAR_1, true));
              e.set(
                  i,
                  new DispatchEvent.Arrived(
                      10 * RunReportTest.MIN + 30_000, 1, RunReportTest.CAR_1, true));
              return e;
            });
    assertThatThrownBy(() -> RunReport.of(events))
        .hasMessageContaining("incident 1: timeline out of order");
  }

  @Test
  void aClearBeforeTheCoverIsATimelineOutOfOrder() {
    List<DispatchEvent> events =
        broken(
            e -> {
              e.removeIf(
                  x -> x instanceof DispatchEvent.Arrived a && a.incident() == 3 && a.covered());
              return e;
            });
    assertThatThrownBy(() -> RunReport.of(events)).hasMessageContaining("incident 3:");
  }
}
