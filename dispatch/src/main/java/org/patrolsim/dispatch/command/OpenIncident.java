// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.incident.IncidentFate;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.model.StationSite;
import org.patrolsim.geo.network.NetworkPosition;

/** The command centre's working record of an incident in progress: its units, who arrived, who is done. */
final class OpenIncident {
  final IncidentCall call;
  final NetworkPosition scene;
  final StationSite station;
  final IncidentFate fate;
  final List<Unit> units = new ArrayList<>();
  final Set<String> arrived = new TreeSet<>();
  final Set<String> done = new TreeSet<>();
  boolean covered;

  OpenIncident(IncidentCall call, NetworkPosition scene, StationSite station, IncidentFate fate) {
    this.call = call;
    this.fate = fate;
    this.scene = scene;
    this.station = station;
  }

  /** Only non-urgent incidents served by one unit may lose their car to an urgent call. */
  boolean preemptable() {
    return call.priority() != Priority.URGENT && call.type().unitsNeeded() == 1;
  }

  /**
   * Whether {@code unit} serves this incident. A station team is sent as "STATION/?" (the station
   * picks the team); its first report names the team, which then takes the placeholder's place.
   */
  boolean claim(String unit) {
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).name().equals(unit)) {
        return true;
      }
    }
    int slash = unit.indexOf('/');
    if (slash > 0) {
      String placeholder = unit.substring(0, slash) + "/?";
      for (int i = 0; i < units.size(); i++) {
        Unit u = units.get(i);
        if (u.name().equals(placeholder)) {
          units.set(i, new Unit(unit, u.role(), false));
          return true;
        }
      }
    }
    return false;
  }
}
