// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.util.List;
import org.patrolsim.dispatch.incident.ArrivalProcess;
import org.patrolsim.dispatch.incident.CrewKind;
import org.patrolsim.dispatch.incident.CrewRoster;
import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.incident.IncidentMix;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.replay.ReplayCalls;
import org.patrolsim.dispatch.policy.DispatchPolicy;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.TravelTimes;
import org.patrolsim.geo.zone.Zones;
import org.patrolsim.sim.EntityId;

/**
 * The read-only world a run's entities share: the road network and its oracle, the stations, the
 * cars' plans (beats, shifts, breaks), where incidents happen, the response chain and the parsed
 * plan. Built once by {@link CityModelBuilder}; entities keep their own mutable state and only read
 * this.
 *
 * @param jurisdictions the stations' jurisdiction polygons (ids = station ids), or null: by road
 *     time
 * @param replay the calls of a replay file, or null when calls are generated
 * @param replayCalls the replay with what was left out of it, or null when calls are generated
 * @param roadJurisdictions the stations' jurisdictions by road time (outside the polygons, or all)
 * @param hotspots the hot spots of {@code fleet.hotspotsFile}, or null: from where calls are
 *     expected
 */
public record CityModel(
    LoadedScenario loaded,
    RoadNetwork network,
    List<StationSite> stations,
    List<CarPlan> cars,
    IncidentPlaces places,
    Zones jurisdictions,
    IncidentMix mix,
    ArrivalProcess arrivals,
    List<IncidentCall> replay,
    DispatchPolicy policy,
    ResponseModel response,
    ReplayCalls replayCalls,
    RoadJurisdictions roadJurisdictions,
    List<HotspotsFile.Hotspot> hotspots) {

  public static final EntityId COMMAND = EntityId.of("command");
  public static final EntityId SOURCE = EntityId.of("calls");
  private static final long HOUR_MS = 3_600_000L;

  public Scenario scenario() {
    return loaded.scenario();
  }

  public TravelTimes travelTimes() {
    return network.travelTimes();
  }

  /** The end of the call period: no call arrives at or after it ({@code days} x 24 h). */
  public long callHorizonMs() {
    return scenario().days() * 24 * HOUR_MS;
  }

  /**
   * The latest end of the run: the call period and the drain that follows open incidents to their
   * end.
   */
  public long endCapMs() {
    return callHorizonMs() + Math.round(scenario().drainCapHours() * HOUR_MS);
  }

  /**
   * The share of calls a patrol could settle on the spot if one of the plan's best crews always
   * attended within the grace time (the types' ceiling).
   */
  public double streetCeiling() {
    double best = crews().bestFactor();
    double share = 0;
    double total = 0;
    for (IncidentType t : mix.types()) {
      share += t.share() * Math.min(1.0, t.streetResolveProbability() * best);
      total += t.share();
    }
    return share / total;
  }

  /** Which crew kind each car carries ({@code fleet.crewKinds}); built anew on each call. */
  public CrewRoster crews() {
    return CrewRoster.of(
        scenario().fleet().vehicles(),
        scenario().fleet().crewKinds().stream()
            .map(k -> new CrewRoster.Allocation(new CrewKind(k.name(), k.settleFactor()), k.cars()))
            .toList());
  }

  public StationSite station(StationId id) {
    for (StationSite s : stations) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no station " + id);
  }

  /**
   * The station whose jurisdiction holds {@code point}: the polygon that holds it, else (no
   * polygons, or a point outside them all) the station that reaches it first by road.
   */
  public StationSite jurisdictionOf(LatLon point) {
    if (jurisdictions != null) {
      var zone = jurisdictions.zoneAt(point);
      if (zone.isPresent()) {
        return station(new StationId(zone.get().id()));
      }
    }
    return roadJurisdictions.stationOf(point);
  }

  /** The engine entity of a patrol car. */
  public static EntityId entityOf(CarId car) {
    return EntityId.of(car.name());
  }

  /** The engine entity of a police station. */
  public static EntityId entityOf(StationId station) {
    return EntityId.of("station-" + station.value());
  }
}
