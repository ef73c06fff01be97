// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.patrolsim.dispatch.event.DispatchEvent;

/**
 * Folds a run's events as they arrive, in the engine's order, into its {@link RunReport}: the KPIs'
 * running counts, each incident's timeline (handed to the observers once final, in id order) and
 * the run's invariants, checked as it goes (a broken one throws {@link IllegalStateException} at
 * once, or at {@link #finish} for the counts). Nothing grows with the run but the few bytes per
 * incident that exact percentiles need, so a year of a big city folds in flat memory. Events before
 * the run's {@code RunStarted} (other entities' first state changes at time 0) are held until it
 * comes. Fed by one thread at a time; not reusable.
 */
public final class RunFold implements Consumer<DispatchEvent> {
  private final List<RunObserver> observers;
  private List<DispatchEvent> beforeStart = new ArrayList<>();
  private KpiTally tally;
  private RunInvariants invariants;
  private Timelines timelines;
  private boolean finished;

  private RunFold(List<RunObserver> observers) {
    this.observers = List.copyOf(observers);
  }

  /** A fold whose timelines and events also go to {@code observers}, in this order. */
  public static RunFold of(RunObserver... observers) {
    return new RunFold(List.of(observers));
  }

  /** A fold whose timelines and events also go to {@code observers}, in this order. */
  public static RunFold of(List<RunObserver> observers) {
    return new RunFold(observers);
  }

  @Override
  public void accept(DispatchEvent e) {
    if (finished) {
      throw new IllegalStateException("the run's events were already folded");
    }
    if (tally != null) {
      fold(e);
    } else if (e instanceof DispatchEvent.RunStarted run) {
      tally = new KpiTally(run);
      invariants = new RunInvariants(run);
      timelines = new Timelines(this::released);
      observers.forEach(o -> o.start(run));
      List<DispatchEvent> held = beforeStart;
      beforeStart = null;
      held.forEach(this::fold);
      fold(e);
    } else {
      beforeStart.add(e);
    }
  }

  private void fold(DispatchEvent e) {
    tally.event(e);
    invariants.event(e);
    for (RunObserver o : observers) {
      o.event(e);
    }
    timelines.accept(e);
  }

  private void released(IncidentTimeline t) {
    invariants.timeline(t);
    tally.timeline(t);
    for (RunObserver o : observers) {
      o.timeline(t);
    }
  }

  /**
   * The stream has ended: the incidents still open are final, the counts are checked, the observers
   * finish, and the report is returned.
   *
   * @throws IllegalArgumentException when the stream had no {@code RunStarted}
   * @throws IllegalStateException when an invariant is broken
   */
  public RunReport finish() {
    if (tally == null) {
      throw new IllegalArgumentException("the event stream has no RunStarted");
    }
    finished = true;
    timelines.finish();
    invariants.finish();
    tally.finish();
    RunReport report = new RunReport(tally);
    observers.forEach(o -> o.finish(report));
    return report;
  }
}
