// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.time.LocalDateTime;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.incident.SourceRow;
import org.patrolsim.geo.LatLon;

/**
 * One usable row of a replay file: its line, the call's wall-clock time in the scenario's zone,
 * where (WGS 84), what, and how urgent (the type's own priority when the file gives none), with its
 * call number (null without {@code columns.call}), its category as written (null without a type
 * column) and its priority cell as written (null without a priority column).
 */
record ReplayRow(
    int line,
    LocalDateTime time,
    LatLon point,
    IncidentType type,
    Priority priority,
    String id,
    String category,
    String priorityCell) {

  /** Where the row came from, for the outputs. */
  SourceRow source() {
    return new SourceRow(line, id, category);
  }
}
