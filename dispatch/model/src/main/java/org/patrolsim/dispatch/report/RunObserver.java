// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import org.patrolsim.dispatch.event.DispatchEvent;

/**
 * Something that follows a run's event stream as it goes (a file written line by line, the report
 * page's folds), fed by a {@link RunFold}: {@link #start} once with the run's first event, then
 * every event in the engine's order, each incident's {@link IncidentTimeline} once it is final
 * (cleared, or still open when the run ended) in incident id order and after every event of that
 * incident, and {@link #finish} with the run's report when the stream has ended. Called on one
 * thread at a time.
 */
public interface RunObserver {
  /** The run began: what the report needs to know of the plan (heard before any event). */
  default void start(DispatchEvent.RunStarted run) {}

  /** The next event of the stream. */
  default void event(DispatchEvent event) {}

  /** An incident's timeline is final. */
  default void timeline(IncidentTimeline timeline) {}

  /** The stream has ended; {@code report} holds the run's KPIs. */
  default void finish(RunReport report) {}
}
