// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.bridge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patrolsim.dispatch.hypercube.HypercubeSpec;
import org.patrolsim.dispatch.hypercube.LineCapacity;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;

/**
 * The hypercube system of a deployment plan, built by {@link PlanHypercubeBuilder}: units are the
 * patrol cars (unit n is car n+1) at their homes, atoms the incident places grouped by preference
 * order, the time unit one hour. The service rate is left open ({@link #spec(double)}) because with
 * the model's own busy time it depends on the travel times the solution predicts ({@link
 * PlanScreen}).
 *
 * @param source the scenario's name, for messages
 * @param cars the cars, unit order
 * @param homes where each unit is based: its post, or (roaming) its beat's centre
 * @param homesAreBeatCentres true when the cars roam and the homes are their beats' centres
 * @param atoms the atoms, busiest first
 * @param places incident places with a positive probability (before grouping)
 * @param callsPerHour calls per hour: the day's mean, or those of {@link #hour}
 * @param dispatchesPerCall units sent per call (above 1 when a type needs a backup)
 * @param hour the hour of the day screened, or null for the day's mean
 * @param busy what keeps a car busy for one dispatch
 * @param capacity infinite (calls wait for a car) or zero (they go to a station)
 * @param streetCeiling the share of calls a patrol could settle if one always attended (the types')
 * @param longestRoadMinutes the longest finite road time from a home to an incident place
 * @param departures the hypercube assumptions the plan breaks; empty: the hypercube is exact for it
 * @param atomOfPoint the atom of each incident place, by its point (the place a call reports)
 */
public record PlanHypercube(
    String source,
    List<CarId> cars,
    List<NetworkPosition> homes,
    boolean homesAreBeatCentres,
    List<PlanAtom> atoms,
    int places,
    double callsPerHour,
    double dispatchesPerCall,
    Integer hour,
    BusyTime busy,
    LineCapacity capacity,
    double streetCeiling,
    double longestRoadMinutes,
    List<Departure> departures,
    Map<LatLon, Integer> atomOfPoint) {

  /**
   * What keeps a car busy for one dispatch.
   *
   * @param exponential {@code fleet.busyTime: exponential}: the whole busy time is given, {@code
   *     meanMinutes}
   * @param meanMinutes the exponential mean; with the model's own busy time, the mean time on scene
   *     (the drive out is added by {@link PlanScreen} from the solution's travel times)
   */
  public record BusyTime(boolean exponential, double meanMinutes) {}

  public PlanHypercube {
    cars = List.copyOf(cars);
    homes = List.copyOf(homes);
    atoms = List.copyOf(atoms);
    departures = List.copyOf(departures);
    atomOfPoint = Map.copyOf(atomOfPoint);
  }

  public int units() {
    return cars.size();
  }

  /** Dispatches per hour: calls per hour times units per call. */
  public double dispatchesPerHour() {
    return callsPerHour * dispatchesPerCall;
  }

  /** True when the plan meets every assumption of the hypercube: its hypercube is exact. */
  public boolean exact() {
    return departures.isEmpty();
  }

  /** The atom (index) of the incident place at {@code point}, or -1 when no call falls there. */
  public int atomAt(LatLon point) {
    return atomOfPoint.getOrDefault(point, -1);
  }

  /**
   * The hypercube SPEC of the plan with this mean busy time (rates per hour, travel times in
   * minutes).
   */
  public HypercubeSpec spec(double busyMinutes) {
    double[] mu = new double[units()];
    Arrays.fill(mu, 60 / busyMinutes);
    List<HypercubeSpec.Atom> specAtoms = new ArrayList<>(atoms.size());
    double[][] travel = new double[units()][atoms.size()];
    for (int j = 0; j < atoms.size(); j++) {
      PlanAtom a = atoms.get(j);
      specAtoms.add(new HypercubeSpec.Atom(a.share() * dispatchesPerHour(), a.preference()));
      double[] t = a.travelMinutes();
      for (int n = 0; n < units(); n++) {
        travel[n][j] = Double.isFinite(t[n]) ? t[n] : longestRoadMinutes;
      }
    }
    return new HypercubeSpec(mu, capacity, specAtoms, Optional.of(travel));
  }
}
