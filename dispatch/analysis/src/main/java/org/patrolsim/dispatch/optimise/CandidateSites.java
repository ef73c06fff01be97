// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patrolsim.dispatch.model.CarPlan;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.StationSite;
import org.patrolsim.dispatch.scenario.PatrolStrategy;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;

/**
 * The candidate sites of a plan's posts, in a fixed order (docs/MODEL.md, "Optimising posts"):
 * where its cars wait or patrol now (each car's post, or its beat's centre, so that the starting
 * layout can be rebuilt), its stations, and the places its calls fall at most often (as many as
 * there are cars). A place already listed is not listed again.
 */
public final class CandidateSites {
  private CandidateSites() {}

  /** The candidates of {@code model}'s plan for {@code cars} cars. */
  public static List<Site> of(CityModel model, int cars) {
    List<Site> sites = new ArrayList<>();
    Set<LatLon> seen = new HashSet<>();
    for (CarPlan car : model.cars()) {
      add(sites, seen, startPlace(model, car));
    }
    for (StationSite station : model.stations()) {
      add(sites, seen, new Site(Site.Kind.STATION, station.id().toString(), station.position()));
    }
    List<Map.Entry<NetworkPosition, Double>> places =
        new ArrayList<>(model.places().probabilities().entrySet());
    // busiest first; ties keep the pool's order (a stable sort)
    places.sort(
        Comparator.comparingDouble((Map.Entry<NetworkPosition, Double> e) -> -e.getValue()));
    int wanted = Math.max(cars, model.scenario().fleet().vehicles());
    int taken = 0;
    for (Map.Entry<NetworkPosition, Double> place : places) {
      if (taken == wanted || !(place.getValue() > 0)) {
        break;
      }
      if (add(
          sites, seen, new Site(Site.Kind.BUSY_PLACE, "place-" + (taken + 1), place.getKey()))) {
        taken++;
      }
    }
    return List.copyOf(sites);
  }

  /** Where {@code car} waits or patrols in {@code model}'s plan: its post, or its beat's centre. */
  static Site startPlace(CityModel model, CarPlan car) {
    boolean post =
        car.round().strategy() == PatrolStrategy.POST || car.beat().waypoints().size() < 2;
    NetworkPosition at =
        post
            ? car.beat().waypoints().get(0)
            : model.network().snap(car.beat().centre()).orElse(car.beat().waypoints().get(0));
    return new Site(
        post ? Site.Kind.START_POST : Site.Kind.BEAT_CENTRE,
        (post ? "post-" : "beat-") + car.id(),
        at);
  }

  private static boolean add(List<Site> sites, Set<LatLon> seen, Site site) {
    if (seen.add(site.point())) {
      sites.add(site);
      return true;
    }
    return false;
  }
}
