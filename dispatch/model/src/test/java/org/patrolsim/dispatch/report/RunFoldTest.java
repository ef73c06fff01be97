// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.unit.Role;

/**
 * The fold hands each timeline over once it is final, in id order, as the run goes (so it holds
 * only the incidents in flight), gives the observers the events in the stream's order, and fails
 * loudly on a stream that breaks its invariants.
 */
class RunFoldTest {
  static final long MIN = RunReportTest.MIN;

  /** What an observer heard, in order. */
  static final class Heard implements RunObserver {
    final List<String> log = new ArrayList<>();

    @Override
    public void start(DispatchEvent.RunStarted run) {
      log.add("start");
    }

    @Override
    public void event(DispatchEvent e) {
      log.add(e.getClass().getSimpleName());
    }

    @Override
    public void timeline(IncidentTimeline t) {
      log.add("timeline " + t.id());
    }

    @Override
    public void finish(RunReport report) {
      log.add("finish");
    }
  }

  static DispatchEvent.CallReceived call(long t, long id) {
    return new DispatchEvent.CallReceived(
        t, id, 1, 2, "dispute", Priority.NORMAL, RunReportTest.A, true);
  }

  static List<DispatchEvent> callsClearedOutOfOrder() {
    List<DispatchEvent> e = new ArrayList<>();
    e.add(
        new DispatchEvent.RunStarted(
            0, 5, 1, 2, List.of(RunReportTest.A), 300, 300, RunReportTest.DAY, 0.75));
    e.add(call(MIN, 1));
    e.add(call(2 * MIN, 2));
    e.add(RunReportTest.sent(3 * MIN, 2, Action.PATROL, RunReportTest.CAR_2, Role.PRIMARY));
    e.add(new DispatchEvent.Arrived(4 * MIN, 2, RunReportTest.CAR_2, true));
    e.add(
        new DispatchEvent.Cleared(
            5 * MIN, 2, RunReportTest.CAR_2, Disposal.STREET, RunReportTest.A));
    e.add(RunReportTest.sent(6 * MIN, 1, Action.PATROL, RunReportTest.CAR_1, Role.PRIMARY));
    e.add(new DispatchEvent.Arrived(7 * MIN, 1, RunReportTest.CAR_1, true));
    e.add(
        new DispatchEvent.Cleared(
            8 * MIN, 1, RunReportTest.CAR_1, Disposal.STREET, RunReportTest.A));
    e.add(call(9 * MIN, 3));
    e.add(RunReportTest.sent(10 * MIN, 3, Action.PATROL, RunReportTest.CAR_1, Role.PRIMARY));
    e.add(new DispatchEvent.Arrived(11 * MIN, 3, RunReportTest.CAR_1, true));
    e.add(
        new DispatchEvent.Cleared(
            12 * MIN, 3, RunReportTest.CAR_1, Disposal.STREET, RunReportTest.A));
    e.add(new DispatchEvent.RunEnded(12 * MIN));
    return e;
  }

  @Test
  void aTimelineIsHandedOverOnceItAndEveryEarlierIncidentAreFinalInIdOrder() {
    Heard heard = new Heard();
    RunFold fold = RunFold.of(heard);
    List<DispatchEvent> events = callsClearedOutOfOrder();
    for (int i = 0; i < events.size(); i++) {
      fold.accept(events.get(i));
      if (i == 5) {
        assertThat(heard.log)
            .as("incident 2 cleared, but 1 is still open")
            .doesNotContain("timeline 2");
      }
      if (i == 8) {
        assertThat(heard.log)
            .as("1 cleared: 1 and 2 go, in id order, right after the event that cleared 1")
            .endsWith("Cleared", "timeline 1", "timeline 2");
      }
      if (i == 12) {
        assertThat(heard.log)
            .as("3 goes as soon as it clears, not at the end")
            .endsWith("Cleared", "timeline 3");
      }
    }
    RunReport report = fold.finish();
    assertThat(heard.log.get(0)).isEqualTo("start");
    assertThat(heard.log).endsWith("RunEnded", "finish");
    assertThat(report.summary().get("incidents"))
        .asString()
        .contains("total=3")
        .contains("streetDisposed=3");
  }

  @Test
  void eventsBeforeTheRunStartedAreHeldAndHeardInTheirOrderAfterTheStart() {
    List<DispatchEvent> events = new ArrayList<>(RunReportTest.fourCalls());
    DispatchEvent started = events.remove(0);
    events.add(
        2,
        started); // the cars' first state changes come first, as when car-NN sorts before command
    Heard heard = new Heard();
    RunFold fold = RunFold.of(heard);
    events.forEach(fold);
    RunReport report = fold.finish();
    assertThat(heard.log.subList(0, 4))
        .containsExactly("start", "UnitChanged", "UnitChanged", "RunStarted");
    assertThat(report.summary()).isEqualTo(RunReport.of(RunReportTest.fourCalls()).summary());
  }

  @Test
  void anEventForAnIncidentAlreadyFinalIsABrokenInvariant() {
    List<DispatchEvent> events = new ArrayList<>(callsClearedOutOfOrder());
    events.add(9, new DispatchEvent.Arrived(8 * MIN, 2, RunReportTest.CAR_1, true));
    assertThatThrownBy(() -> RunReport.of(events))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("broken invariant: incident 2: Arrived")
        .hasMessageContaining("not open");
  }

  @Test
  void incidentIdsMustRiseInCallOrder() {
    List<DispatchEvent> events = new ArrayList<>(callsClearedOutOfOrder());
    events.add(10, call(9 * MIN, 2));
    assertThatThrownBy(() -> RunReport.of(events))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("incident 2 called after incident 3");
  }

  @Test
  void aStreamWithoutItsStartIsRefused() {
    RunFold fold = RunFold.of();
    fold.accept(new DispatchEvent.UnitChanged(0, RunReportTest.CAR_1, UnitState.FREE));
    assertThatThrownBy(fold::finish)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RunStarted");
  }
}
