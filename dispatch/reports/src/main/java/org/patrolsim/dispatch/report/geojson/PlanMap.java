// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.patrolsim.dispatch.model.CarPlan;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.StationSite;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.Bounds;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadSegment;
import org.patrolsim.geo.zone.Zone;

/**
 * The static layers of a run's plan, for maps: the road segments, the stations, their jurisdictions
 * and the cars' beats. Read from the {@link CityModel} (the plan, which the run never changes)
 * before the road network is closed; everything that happened during the run comes from the event
 * stream instead.
 *
 * @param scenario where the scenario came from (a file name, or the default scenario)
 * @param policy the dispatch policy's name
 */
public record PlanMap(
    String scenario,
    String policy,
    Bounds bounds,
    List<RoadSegment> roads,
    List<Station> stations,
    List<Jurisdiction> jurisdictions,
    List<BeatArea> beats) {

  /** A police station: where it is and how many duty teams it has. */
  public record Station(StationId id, LatLon point, int dutyTeams) {}

  /**
   * A station's jurisdiction (an empty area where the station is first nowhere).
   *
   * @param basis how it was drawn: {@code file} (the scenario's polygons) or {@code road time}
   */
  public record Jurisdiction(StationId station, Geometry area, String basis) {}

  /** A car's beat: its area (null for a fixed post) and the points it drives between. */
  public record BeatArea(
      CarId car, Geometry area, List<LatLon> waypoints, int shiftGroup, StationId home) {}

  public static PlanMap of(CityModel model) {
    List<Station> stations =
        model.stations().stream()
            .map(s -> new Station(s.id(), s.position().point(), s.teams()))
            .toList();
    List<BeatArea> beats = new ArrayList<>();
    for (CarPlan car : model.cars()) {
      beats.add(
          new BeatArea(
              car.id(),
              car.beat().area(),
              car.beat().waypoints().stream().map(NetworkPosition::point).toList(),
              car.shiftGroup(),
              car.home().id()));
    }
    return new PlanMap(
        model.loaded().source(),
        model.scenario().dispatch().policy().key(),
        model.network().bounds(),
        model.network().roadSegments(),
        stations,
        jurisdictions(model),
        List.copyOf(beats));
  }

  /**
   * Each station's jurisdiction, in the stations' order: by default the area its duty team reaches
   * first by road; with the scenario's polygons, a station's own polygons plus its road-time area
   * outside every polygon (where calls go when they fall outside them). Empty where a station is
   * first nowhere.
   */
  private static List<Jurisdiction> jurisdictions(CityModel model) {
    List<Jurisdiction> out = new ArrayList<>();
    List<Geometry> byRoad = model.roadJurisdictions().areas();
    Geometry drawn =
        model.jurisdictions() == null
            ? null
            : UnaryUnionNG.union(
                model.jurisdictions().all().stream()
                    .map(Zone::area)
                    .reduce(Geometry::union)
                    .orElseThrow(),
                byRoad.get(0).getFactory().getPrecisionModel());
    List<StationSite> sites = model.stations();
    for (int i = 0; i < sites.size(); i++) {
      StationSite st = sites.get(i);
      Geometry area = byRoad.get(i);
      String basis = "road time";
      if (drawn != null) {
        Optional<Zone> own = model.jurisdictions().byId(st.id().value());
        Geometry rest = OverlayNGRobust.overlay(area, drawn, OverlayNG.DIFFERENCE);
        area = own.map(z -> OverlayNGRobust.overlay(z.area(), rest, OverlayNG.UNION)).orElse(rest);
        basis = own.isPresent() ? "file" : "road time";
      }
      out.add(new Jurisdiction(st.id(), area, basis));
    }
    return out;
  }
}
