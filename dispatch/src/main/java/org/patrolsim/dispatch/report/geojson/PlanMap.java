// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.patrolsim.dispatch.model.CarPlan;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.StationSite;
import org.patrolsim.dispatch.model.VoronoiCells;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.Bounds;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadSegment;
import org.patrolsim.geo.zone.Zone;

/**
 * The static layers of a run's plan, for maps: the road segments, the stations, their jurisdictions and
 * the cars' beats. Read from the {@link CityModel} (the plan, which the run never changes) before the
 * road network is closed; everything that happened during the run comes from the event stream instead.
 *
 * @param scenario where the scenario came from (a file name, or the default scenario)
 * @param policy the dispatch policy's name
 */
public record PlanMap(String scenario, String policy, Bounds bounds, List<RoadSegment> roads,
    List<Station> stations, List<Jurisdiction> jurisdictions, List<BeatArea> beats) {

  /** A police station: where it is and how many duty teams it has. */
  public record Station(StationId id, LatLon point, int dutyTeams) {}

  /**
   * A station's jurisdiction.
   *
   * @param rule how it was drawn: {@code scenario} (the scenario's polygons) or {@code nearest-station}
   */
  public record Jurisdiction(StationId station, Geometry area, String rule) {}

  /** A car's beat: its area (null for a fixed post) and the points it drives between. */
  public record BeatArea(CarId car, Geometry area, List<LatLon> waypoints, int shiftGroup, StationId home) {}

  public static PlanMap of(CityModel model) {
    List<Station> stations = model.stations().stream()
        .map(s -> new Station(s.id(), s.position().point(), s.teams())).toList();
    List<BeatArea> beats = new ArrayList<>();
    for (CarPlan car : model.cars()) {
      beats.add(new BeatArea(car.id(), car.beat().area(),
          car.beat().waypoints().stream().map(NetworkPosition::point).toList(), car.shiftGroup(), car.home().id()));
    }
    return new PlanMap(model.loaded().source(), model.scenario().dispatch().policy(), model.network().bounds(),
        model.network().roadSegments(), stations, jurisdictions(model), List.copyOf(beats));
  }

  /** The scenario's jurisdiction polygons, or else each station's cell of points nearest to it. */
  private static List<Jurisdiction> jurisdictions(CityModel model) {
    List<Jurisdiction> out = new ArrayList<>();
    if (model.jurisdictions() != null) {
      for (Zone z : model.jurisdictions().all()) {
        out.add(new Jurisdiction(new StationId(z.id()), z.area(), "scenario"));
      }
      return out;
    }
    List<StationSite> sites = model.stations();
    List<Geometry> cells = VoronoiCells.of(sites.stream().map(s -> s.position().point()).toList(),
        model.network().bounds());
    for (int i = 0; i < sites.size(); i++) {
      if (cells.get(i) != null) {
        out.add(new Jurisdiction(sites.get(i).id(), cells.get(i), "nearest-station"));
      }
    }
    return out;
  }
}
