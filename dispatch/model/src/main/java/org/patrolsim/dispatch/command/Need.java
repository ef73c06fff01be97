// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.command;

import java.util.Comparator;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.unit.Role;

/** A unit still owed to an incident; waiting needs are served by priority, then call time. */
record Need(Priority priority, long callMs, long incident, Role role) implements Comparable<Need> {
  private static final Comparator<Need> ORDER =
      Comparator.comparing(Need::priority)
          .thenComparingLong(Need::callMs)
          .thenComparingLong(Need::incident)
          .thenComparing(Need::role);

  static Need of(Incident incident, Role role) {
    return new Need(incident.priority(), incident.call().timeMs(), incident.id(), role);
  }

  @Override
  public int compareTo(Need o) {
    return ORDER.compare(this, o);
  }
}
