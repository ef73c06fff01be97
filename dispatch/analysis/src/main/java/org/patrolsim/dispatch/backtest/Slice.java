// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.unit.StationId;

/**
 * Which replayed calls a comparison line covers: all, one priority, one hour block or one
 * jurisdiction.
 */
public sealed interface Slice {
  /** Whether a call belongs to the slice. */
  boolean holds(PairedCall call);

  /**
   * The name used in files and reports, e.g. {@code all}, {@code priority=urgent}, {@code
   * hours=06-12}.
   */
  String key();

  /** Every call. */
  record All() implements Slice {
    @Override
    public boolean holds(PairedCall call) {
      return true;
    }

    @Override
    public String key() {
      return "all";
    }
  }

  /** The calls of one priority (the recorded one, which the replay keeps). */
  record OfPriority(Priority priority) implements Slice {
    @Override
    public boolean holds(PairedCall call) {
      return call.priority() == priority;
    }

    @Override
    public String key() {
      return "priority=" + priority.key();
    }
  }

  /** The calls received in one block of hours. */
  record OfHours(HourBlock block) implements Slice {
    @Override
    public boolean holds(PairedCall call) {
      return call.block() == block;
    }

    @Override
    public String key() {
      return "hours=" + block.key();
    }
  }

  /** The calls in one station's jurisdiction (by the plan). */
  record OfJurisdiction(StationId station) implements Slice {
    @Override
    public boolean holds(PairedCall call) {
      return call.jurisdiction().equals(station);
    }

    @Override
    public String key() {
      return "jurisdiction=" + station.value();
    }
  }
}
