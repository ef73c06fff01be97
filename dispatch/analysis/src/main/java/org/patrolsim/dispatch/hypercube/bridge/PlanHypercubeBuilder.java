// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.bridge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.patrolsim.dispatch.hypercube.LineCapacity;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.model.Beat;
import org.patrolsim.dispatch.model.CarPlan;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.scenario.CommandModel;
import org.patrolsim.dispatch.scenario.PatrolStrategy;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.dispatch.scenario.WhenNoCarFree;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.TravelConditions;

/**
 * Builds the hypercube system of a plan ({@link PlanHypercube}) from its city model:
 *
 * <ul>
 *   <li>units: the patrol cars at their posts, or at their beats' centres when they roam;
 *   <li>atoms: the incident places of the model's pools (every place a call can fall at), each with
 *       the probability the incident source draws it with; places whose cars rank in the same order
 *       by road time from the homes (ties by car name, as the command centre ranks them) form one
 *       atom;
 *   <li>arrival rates: the calls of the day's mean hour (or of hour H) times the units each call
 *       needs;
 *   <li>line capacity: infinite when calls wait for a car ({@code dispatch.whenNoCarFree: wait}),
 *       else zero (they go to a station).
 * </ul>
 *
 * A plan the hypercube cannot express at all (no patrol cars sent, replayed calls, pre-emption
 * between priorities, an unstable queue) is refused with one line naming the field; what the
 * hypercube only simplifies is listed as {@link Departure}s.
 */
public final class PlanHypercubeBuilder {
  /**
   * How to build: the hour to screen (null: the day's mean) and whether places are grouped into
   * atoms.
   */
  public record Options(Integer hour, boolean groupAtoms) {
    public static final Options DAY_MEAN = new Options(null, true);
  }

  private static final long HOUR_MS = 3_600_000L;

  private final CityModel model;
  private final Scenario s;
  private final Options options;

  private PlanHypercubeBuilder(CityModel model, Options options) {
    this.model = model;
    this.s = model.scenario();
    this.options = options;
  }

  /** The hypercube system of {@code model}'s plan. */
  public static PlanHypercube build(CityModel model, Options options) {
    return new PlanHypercubeBuilder(model, options).build();
  }

  private PlanHypercube build() {
    refuseWhatTheHypercubeCannotExpress();
    List<CarId> cars = model.cars().stream().map(CarPlan::id).toList();
    boolean roam =
        model.cars().stream()
            .anyMatch(
                c ->
                    c.round().strategy() != PatrolStrategy.POST && c.beat().waypoints().size() > 1);
    List<NetworkPosition> homes = model.cars().stream().map(c -> home(c, roam)).toList();
    Map<NetworkPosition, Double> probabilities = new LinkedHashMap<>();
    model
        .places()
        .probabilities()
        .forEach(
            (place, p) -> {
              if (p > 0) {
                probabilities.put(place, p);
              }
            });
    List<NetworkPosition> places = new ArrayList<>(probabilities.keySet());
    double[][] seconds = roadSeconds(homes, places);
    double factor = meanTimeFactor();
    double longest = 0;
    int unreachable = 0;
    for (double[] row : seconds) {
      boolean cut = false;
      for (double t : row) {
        if (Double.isFinite(t)) {
          longest = Math.max(longest, t);
        } else {
          cut = true;
        }
      }
      unreachable += cut ? 1 : 0;
    }
    List<PlanAtom> atoms = atoms(cars, places, probabilities, seconds, factor);
    Map<LatLon, Integer> atomOfPoint = new HashMap<>();
    for (int j = 0; j < atoms.size(); j++) {
      for (NetworkPosition place : atoms.get(j).places()) {
        atomOfPoint.putIfAbsent(place.point(), j);
      }
    }
    double calls = callsPerHour();
    double perCall = dispatchesPerCall();
    PlanHypercube.BusyTime busy =
        s.fleet().busyTime() == org.patrolsim.dispatch.scenario.BusyTime.EXPONENTIAL
            ? new PlanHypercube.BusyTime(true, s.fleet().busyMeanMinutes())
            : new PlanHypercube.BusyTime(false, onSceneMinutes());
    LineCapacity capacity =
        s.dispatch().whenNoCarFree() == WhenNoCarFree.WAIT
            ? LineCapacity.INFINITE
            : LineCapacity.ZERO;
    double longestMinutes = longest * factor / 60;
    List<Departure> departures =
        new PlanAssumptions(model, roam, longest, unreachable).departures();
    PlanHypercube plan =
        new PlanHypercube(
            model.loaded().source(),
            cars,
            homes,
            roam,
            atoms,
            places.size(),
            calls,
            perCall,
            options.hour(),
            busy,
            capacity,
            model.streetCeiling(),
            longestMinutes,
            departures,
            atomOfPoint);
    if (capacity == LineCapacity.INFINITE
        && busy.exponential()
        && plan.dispatchesPerHour() * busy.meanMinutes() / 60 >= cars.size()) {
      throw unstable(plan);
    }
    return plan;
  }

  private void refuseWhatTheHypercubeCannotExpress() {
    if (s.dispatch().policy() == CommandModel.TRADITIONAL) {
      throw model
          .loaded()
          .error(
              "dispatch.policy",
              "the traditional policy sends no patrol car to calls, so"
                  + " the cars form no hypercube to solve; expected 'integrated'");
    }
    if (s.incidents().replay() != null) {
      throw model
          .loaded()
          .error(
              "incidents.replay",
              "the hypercube needs the call rates of an incident model"
                  + " and a replay file has none; expected no replay (incidents.perDay and the pools of places)");
    }
    long priorities =
        s.incidents().types().stream().map(Scenario.IncidentType::priority).distinct().count();
    if (s.dispatch().preemption() && priorities > 1) {
      throw model
          .loaded()
          .error(
              "dispatch.preemption",
              "urgent calls taking cars off minor ones have no place in"
                  + " the hypercube, where a unit keeps its call to the end; expected false (or one priority)");
    }
    if (model.response().hasCarTurnout()) {
      throw model
          .loaded()
          .error(
              "response.carTurnoutSeconds",
              "a patrol car's turnout delays its arrival and keeps"
                  + " it busy before it moves off, which the hypercube's travel and service times leave out; expected"
                  + " {median: 0, p90: 0}");
    }
    if (s.fleet().selfInitiated() != null) {
      throw model
          .loaded()
          .error(
              "fleet.selfInitiated",
              "work the officers start themselves takes cars out of"
                  + " service without a call, which the hypercube, whose units are busy only with its calls, leaves out;"
                  + " expected none");
    }
    Integer hour = options.hour();
    if (hour != null && !(hour >= 0 && hour <= 23)) {
      throw model.loaded().error("--hour", "expected an hour of the day from 0 to 23, got " + hour);
    }
    if (hour != null && s.incidents().hourlyProfile().get(hour) <= 0) {
      throw model
          .loaded()
          .error(
              "incidents.hourlyProfile[" + hour + "]",
              "no call arrives in hour "
                  + hour
                  + " (weight 0), so it has no hypercube to solve; expected an hour with calls");
    }
  }

  private RuntimeException unstable(PlanHypercube plan) {
    String where =
        options.hour() == null
            ? "incidents.perDay"
            : "incidents.hourlyProfile[" + options.hour() + "]";
    return model
        .loaded()
        .error(
            where,
            String.format(
                java.util.Locale.ROOT,
                "%.1f dispatches an hour, each keeping"
                    + " a car busy %.1f min on average, need %.1f cars, and the plan has %d: with dispatch.whenNoCarFree: wait"
                    + " the queue of waiting calls grows without end (no steady state); expected fewer calls or more cars",
                plan.dispatchesPerHour(),
                plan.busy().meanMinutes(),
                plan.dispatchesPerHour() * plan.busy().meanMinutes() / 60,
                plan.units()));
  }

  /** A car's home: its post (the first point of its beat), or its beat's centre when it roams. */
  private NetworkPosition home(CarPlan car, boolean roam) {
    Beat beat = car.beat();
    if (!roam || beat.waypoints().size() < 2) {
      return beat.waypoints().get(0);
    }
    return model.network().snap(beat.centre()).orElse(beat.waypoints().get(0));
  }

  /**
   * Free-flow road seconds from every home to every place, [place][unit]; both cores, same answers.
   */
  private double[][] roadSeconds(List<NetworkPosition> homes, List<NetworkPosition> places) {
    double[][] out = new double[places.size()][];
    IntStream.range(0, places.size())
        .parallel()
        .forEach(
            i ->
                out[i] =
                    model
                        .travelTimes()
                        .secondsTo(homes, places.get(i), TravelConditions.FREE_FLOW));
    return out;
  }

  /** Places grouped by preference order (or one atom each), busiest first, ties in pool order. */
  private List<PlanAtom> atoms(
      List<CarId> cars,
      List<NetworkPosition> places,
      Map<NetworkPosition, Double> probability,
      double[][] seconds,
      double factor) {
    int[] nameRank = nameRanks(cars);
    Map<Order, List<Integer>> groups = new LinkedHashMap<>();
    Map<Order, int[]> orders = new HashMap<>();
    for (int i = 0; i < places.size(); i++) {
      int[] order = preference(nameRank, seconds[i]);
      Order key = options.groupAtoms() ? new Order(order) : new Order(new int[] {i});
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      orders.putIfAbsent(key, order);
    }
    List<PlanAtom> atoms = new ArrayList<>(groups.size());
    for (Map.Entry<Order, List<Integer>> group : groups.entrySet()) {
      List<Integer> members = group.getValue();
      double share = 0;
      double[] travel = new double[cars.size()];
      List<NetworkPosition> at = new ArrayList<>(members.size());
      for (int i : members) {
        double p = probability.get(places.get(i));
        share += p;
        at.add(places.get(i));
        for (int n = 0; n < travel.length; n++) {
          travel[n] += p * seconds[i][n];
        }
      }
      for (int n = 0; n < travel.length; n++) {
        travel[n] = travel[n] / share * factor / 60;
      }
      atoms.add(new PlanAtom(share, orders.get(group.getKey()), travel, at));
    }
    List<Integer> order =
        IntStream.range(0, atoms.size())
            .boxed()
            .sorted(
                Comparator.comparingDouble((Integer j) -> -atoms.get(j).share())
                    .thenComparingInt(j -> j))
            .toList();
    return order.stream().map(atoms::get).toList();
  }

  /** Each car's rank by name: the tie-break of equal road times (car-100 comes before car-11). */
  static int[] nameRanks(List<CarId> cars) {
    int[] byName =
        IntStream.range(0, cars.size())
            .boxed()
            .sorted(Comparator.comparing(cars::get))
            .mapToInt(Integer::intValue)
            .toArray();
    int[] rank = new int[cars.size()];
    for (int r = 0; r < byName.length; r++) {
      rank[byName[r]] = r;
    }
    return rank;
  }

  /**
   * Units by road time, ties (and unreachable units, last) by car name: the command centre's
   * ranking ({@code DispatchPolicy}: road time, then car). An insertion sort on primitives: a few
   * dozen units, 20,000 times.
   */
  static int[] preference(int[] nameRank, double[] seconds) {
    int[] order = new int[seconds.length];
    for (int i = 0; i < order.length; i++) {
      int unit = i;
      int k = i - 1;
      while (k >= 0 && before(unit, order[k], nameRank, seconds)) {
        order[k + 1] = order[k];
        k--;
      }
      order[k + 1] = unit;
    }
    return order;
  }

  private static boolean before(int a, int b, int[] nameRank, double[] seconds) {
    int c = Double.compare(seconds[a], seconds[b]);
    return c < 0 || (c == 0 && nameRank[a] < nameRank[b]);
  }

  /** A preference order as a map key. */
  private record Order(int[] units) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Order other && Arrays.equals(units, other.units);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(units);
    }
  }

  /** Calls per hour: the day's mean, or the hour's. */
  private double callsPerHour() {
    if (options.hour() == null) {
      return s.incidents().perDay() / 24;
    }
    return model.arrivals().perHour(options.hour());
  }

  /** Units sent per call: a type that needs a backup sends two. */
  private double dispatchesPerCall() {
    return perDispatch(t -> 1.0) / perCall(t -> 1.0);
  }

  /**
   * The mean time on scene of a dispatched unit, over the types weighted by the units they need.
   */
  private double onSceneMinutes() {
    return perDispatch(t -> t.onScene().meanMinutes()) / perDispatch(t -> 1.0);
  }

  /**
   * The mean factor from free-flow to driven road time of a response: the congestion of the hour
   * (the day's, weighted by the calls of each hour, or hour H's) over the speed factor of the
   * call's priority (weighted by the types' shares of dispatches). Hour and type are drawn
   * independently, so the mean of the product is the product of the means.
   */
  private double meanTimeFactor() {
    double congestion;
    if (options.hour() != null) {
      congestion = model.response().congestionAt(options.hour() * HOUR_MS + HOUR_MS / 2);
    } else {
      double sum = 0;
      double weights = 0;
      for (int h = 0; h < 24; h++) {
        double w = s.incidents().hourlyProfile().get(h);
        sum += w * model.response().congestionAt(h * HOUR_MS + HOUR_MS / 2);
        weights += w;
      }
      congestion = sum / weights;
    }
    double inverseSpeed =
        perDispatch(t -> 1 / model.response().carResponse(t.priority(), 0).speedFactor());
    return congestion * inverseSpeed / perDispatch(t -> 1.0);
  }

  /** Sum over the types of share x units needed x {@code value}. */
  private double perDispatch(java.util.function.ToDoubleFunction<IncidentType> value) {
    return model.mix().types().stream()
        .mapToDouble(t -> t.share() * t.unitsNeeded() * value.applyAsDouble(t))
        .sum();
  }

  /** Sum over the types of share x {@code value}. */
  private double perCall(java.util.function.ToDoubleFunction<IncidentType> value) {
    return model.mix().types().stream().mapToDouble(t -> t.share() * value.applyAsDouble(t)).sum();
  }
}
