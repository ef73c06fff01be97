// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadCatchments;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * The stations' jurisdictions by road: each call point belongs to the station whose duty team
 * reaches it first by car (free-flow road time; ties to the station listed first), computed once
 * when the model is built (geo's {@link RoadCatchments}, one search from all stations at once). A
 * point no station can reach by road (a dead end behind a one-way street) falls back to the nearest
 * station in a straight line. {@link #areas()} draws the same split as polygons for
 * jurisdictions.geojson.
 */
public final class RoadJurisdictions {
  /** The polygons reach this far beyond the network, as far as a call may lie from a road. */
  private static final double MARGIN_METRES = RoadNetwork.MAX_SNAP_METRES;

  /** Points whose station is remembered at most (a few MB). */
  static final int MAX_REMEMBERED = 100_000;

  private final RoadNetwork network;
  private final List<StationSite> stations;
  private final RoadCatchments catchments;

  /**
   * Points already placed: calls come from fixed pools of road points, so a year's calls reuse
   * them.
   */
  private final Map<LatLon, StationSite> placed = new ConcurrentHashMap<>();

  private RoadJurisdictions(RoadNetwork network, List<StationSite> stations) {
    this.network = network;
    this.stations = List.copyOf(stations);
    this.catchments = network.catchments(stations.stream().map(StationSite::position).toList());
  }

  public static RoadJurisdictions of(RoadNetwork network, List<StationSite> stations) {
    return new RoadJurisdictions(network, stations);
  }

  /**
   * The station of a point (snapped to the nearest road), by road time. A pure function of the
   * point, remembered for up to {@link #MAX_REMEMBERED} points (a snap per call was a twentieth of
   * a big run).
   */
  public StationSite stationOf(LatLon point) {
    StationSite known = placed.get(point);
    if (known != null) {
      return known;
    }
    StationSite s =
        network.snap(point).map(this::stationOf).orElseGet(() -> nearestInStraightLine(point));
    if (placed.size() < MAX_REMEMBERED) {
      placed.put(point, s);
    }
    return s;
  }

  /** The station of a place on the network, by road time. */
  public StationSite stationOf(NetworkPosition place) {
    int s = catchments.sourceOf(place);
    return s >= 0 ? stations.get(s) : nearestInStraightLine(place.point());
  }

  /**
   * One polygon (or multipolygon) per station, in the stations' order: the road-time split drawn.
   */
  public List<Geometry> areas() {
    return catchments.areas(MARGIN_METRES);
  }

  public List<StationSite> stations() {
    return stations;
  }

  private StationSite nearestInStraightLine(LatLon point) {
    StationSite best = null;
    double bestD = Double.POSITIVE_INFINITY;
    double cos = Math.cos(Math.toRadians(point.lat()));
    for (StationSite s : stations) {
      double dLat = s.position().point().lat() - point.lat();
      double dLon = (s.position().point().lon() - point.lon()) * cos;
      double d = dLat * dLat + dLon * dLon;
      if (d < bestD) {
        bestD = d;
        best = s;
      }
    }
    return best;
  }
}
