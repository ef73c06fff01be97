// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.util.List;
import org.patrolsim.dispatch.incident.ArrivalProcess;
import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.incident.IncidentMix;
import org.patrolsim.dispatch.incident.replay.ReplayCalls;
import org.patrolsim.dispatch.policy.DispatchPolicy;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.CongestionProfile;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.TravelConditions;
import org.patrolsim.geo.network.TravelTimes;
import org.patrolsim.geo.zone.Zones;

/**
 * The read-only world a run's entities share: the road network and its oracle, the stations, the beats,
 * where incidents happen, and the parsed plan. Built once by {@link CityModelBuilder}; entities keep their
 * own mutable state and only read this.
 *
 * @param jurisdictions the stations' jurisdiction polygons (ids = station ids), or null: by road time
 * @param replay the calls of a replay file, or null when calls are generated
 * @param replayCalls the replay with what was left out of it, or null when calls are generated
 * @param roadJurisdictions the stations' jurisdictions by road time (outside the polygons, or all)
 */
public record CityModel(
    LoadedScenario loaded,
    RoadNetwork network,
    List<StationSite> stations,
    List<Beat> beats,
    IncidentPlaces places,
    Zones jurisdictions,
    IncidentMix mix,
    ArrivalProcess arrivals,
    List<IncidentCall> replay,
    DispatchPolicy policy,
    ReplayCalls replayCalls,
    RoadJurisdictions roadJurisdictions) {

  public Scenario scenario() {
    return loaded.scenario();
  }

  public TravelTimes travelTimes() {
    return network.travelTimes();
  }

  public long horizonMs() {
    return scenario().days() * 86_400_000L;
  }

  /** Conditions of a response drive departing at {@code nowMs}. */
  public TravelConditions response(long nowMs) {
    return TravelConditions.FREE_FLOW.withCongestion(CongestionProfile.NONE)
        .withSpeedFactor(scenario().dispatch().responseSpeedFactor()).atSecondOfDay(nowMs / 1000);
  }

  /** Conditions of a patrol drive (slower, watching the street) departing at {@code nowMs}. */
  public TravelConditions patrol(long nowMs) {
    return TravelConditions.FREE_FLOW.withSpeedFactor(scenario().fleet().patrolSpeedFactor())
        .atSecondOfDay(nowMs / 1000);
  }

  /**
   * The station whose jurisdiction holds {@code point}: the polygon that holds it, else (no polygons, or
   * a point outside them all) the station that reaches it first by road.
   */
  public StationSite jurisdictionOf(LatLon point) {
    if (jurisdictions != null) {
      var zone = jurisdictions.zoneAt(point);
      if (zone.isPresent()) {
        for (StationSite s : stations) {
          if (s.id().equals(zone.get().id())) {
            return s;
          }
        }
      }
    }
    return roadJurisdictions.stationOf(point);
  }

  public static String carId(int index) {
    return String.format(java.util.Locale.ROOT, "car-%02d", index + 1);
  }

  public static String stationEntity(String stationId) {
    return "station-" + stationId;
  }

  public static final String COMMAND = "command";
  public static final String SOURCE = "calls";
}
