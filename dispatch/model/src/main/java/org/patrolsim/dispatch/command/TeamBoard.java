// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.command;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.patrolsim.dispatch.model.StationSite;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.dispatch.unit.TeamId;

/**
 * Which station duty teams are free. The command centre calls out a particular team and marks it
 * busy at once; the team is free again only when its station reports it back at the station, so
 * this picture is never optimistic.
 */
final class TeamBoard {
  private final Map<StationId, TreeSet<TeamId>> free = new TreeMap<>();

  TeamBoard(List<StationSite> stations) {
    for (StationSite s : stations) {
      free.put(s.id(), new TreeSet<>(s.teamIds()));
    }
  }

  int freeAt(StationId station) {
    return free.get(station).size();
  }

  boolean anyFree() {
    return free.values().stream().anyMatch(s -> !s.isEmpty());
  }

  /** The stations that have a free team, in station order. */
  List<StationId> withFreeTeam() {
    return free.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Takes the station's free team with the lowest number. */
  TeamId take(StationId station) {
    TeamId team = free.get(station).pollFirst();
    if (team == null) {
      throw new IllegalStateException("station " + station + " has no free team to call out");
    }
    return team;
  }

  void release(TeamId team) {
    if (!free.get(team.station()).add(team)) {
      throw new IllegalStateException(team + " reported free twice");
    }
  }
}
