// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

/**
 * Where an external event sits in the engine's total order: its simulated time and delta cycle. The
 * engine fixes it when an event is injected into a live run ({@link SimulationRun#inject}); the
 * same placement given to {@link Simulation.Builder#initialEvent(Placement, EntityId, Object)}
 * replays the event at exactly that point of a later run.
 *
 * @param time simulated time in ms
 * @param delta the delta cycle at that time (0 for the first step at a time; at time 0 at least 1,
 *     since delta 0 is every entity's start)
 */
public record Placement(long time, int delta) {
  public Placement {
    if (time < 0) {
      throw new IllegalArgumentException("placement at negative time " + time);
    }
    if (delta < 0 || (time == 0 && delta == 0)) {
      throw new IllegalArgumentException(
          "placement at delta "
              + delta
              + " of time "
              + time
              + ": expected a delta >= "
              + (time == 0 ? 1 : 0)
              + (time == 0 ? " (delta 0 of time 0 is the entities' start)" : ""));
    }
  }
}
