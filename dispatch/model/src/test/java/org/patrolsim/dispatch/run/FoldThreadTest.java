// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.report.RunFold;
import org.patrolsim.dispatch.report.RunObserver;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.StationId;

/**
 * The fold on its own thread hears every event in the order given, and a fold that throws stops the
 * run.
 */
class FoldThreadTest {
  static List<DispatchEvent> changes(int n) {
    List<DispatchEvent> events = new ArrayList<>();
    events.add(
        new DispatchEvent.RunStarted(
            0, 1, 1, 1, List.of(new StationId("A")), 300, 300, 86_400_000L, 0.5));
    for (int i = 0; i < n; i++) {
      events.add(
          new DispatchEvent.UnitChanged(
              i, new CarId(1), i % 2 == 0 ? UnitState.FREE : UnitState.HANDOVER));
    }
    events.add(new DispatchEvent.RunEnded(n));
    return events;
  }

  @Test
  void everyEventIsFoldedInTheOrderGiven() {
    List<DispatchEvent> heard = new ArrayList<>();
    List<DispatchEvent> events = changes(10_000);
    RunReport report;
    try (FoldThread folding =
        new FoldThread(
            RunFold.of(
                new RunObserver() {
                  @Override
                  public void event(DispatchEvent e) {
                    heard.add(e);
                  }
                }))) {
      events.forEach(folding);
      report = folding.finish();
    }
    assertThat(heard).isEqualTo(events);
    assertThat(report.summary()).isEqualTo(RunReport.of(events).summary());
  }

  @Test
  void aFoldThatThrowsStopsTakingEventsAndItsExceptionComesBack() {
    IllegalStateException broken = new IllegalStateException("broken invariant: test");
    try (FoldThread folding =
        new FoldThread(
            RunFold.of(
                new RunObserver() {
                  @Override
                  public void event(DispatchEvent e) {
                    if (e.timeMs() == 5) {
                      throw broken;
                    }
                  }
                }))) {
      assertThatThrownBy(() -> changes(1_000_000).forEach(folding)).isSameAs(broken);
      assertThatThrownBy(folding::finish).isSameAs(broken);
    }
  }
}
