// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.TravelConditions;

/**
 * The screen of a set of posts: Daskin's maximum expected covering location model (MEXCLP; Daskin,
 * M. S. (1983), "A maximum expected covering location model", Transportation Science 17(1), 48-70)
 * on the road network's free-flow travel times, its 0/1 cover replaced by a value function of the
 * road time ({@link ScreenValue}; Erkut, Ingolfsson and Erdogan 2008). Each car is busy with the
 * same probability {@code q}, independently of the others; the free car nearest to a call at place
 * j takes it, so its expected value is {@code sum_k (1 - q) q^(k-1) v(t_jk)} over the posts, k-th
 * nearest first (with the step value, MEXCLP's expected coverage). Between sets of equal value, the
 * expected road time of the nearest free car breaks the tie ({@link Score}).
 *
 * <p>Demand is the model's incident places with their probabilities; more than {@value
 * #MAX_DEMAND_POINTS} places are pooled by square cells, each cell's calls put at its busiest
 * place.
 */
public final class CoverageScreen {
  static final int MAX_DEMAND_POINTS = 800;
  private static final double METRES_PER_DEGREE = 111_320;

  // package-private for SwapScores, which scores swaps from the same data
  final double[] weight;
  final double[][] minutes;
  final int[][] order;
  final double[][] value;
  final double q;
  final ScreenValue valueFunction;
  final double longest;

  /**
   * @param weight each demand point's share of calls
   * @param minutes [point][site]: road minutes from the site to the point (+Infinity: no road)
   * @param q the probability that a car is busy, in [0, 1)
   * @param coverMinutes the coverage radius, minutes (the step value)
   */
  public CoverageScreen(double[] weight, double[][] minutes, double q, double coverMinutes) {
    this(weight, minutes, q, ScreenValue.step(coverMinutes, "a radius"));
  }

  /**
   * @param weight each demand point's share of calls
   * @param minutes [point][site]: road minutes from the site to the point (+Infinity: no road)
   * @param q the probability that a car is busy, in [0, 1)
   * @param valueFunction a call's value by the road minutes of the car that takes it
   */
  public CoverageScreen(double[] weight, double[][] minutes, double q, ScreenValue valueFunction) {
    if (!(q >= 0 && q < 1)) {
      throw new IllegalArgumentException("busy probability must be in [0, 1), got " + q);
    }
    this.weight = weight.clone();
    this.minutes = new double[minutes.length][];
    this.order = new int[minutes.length][];
    this.value = new double[minutes.length][];
    double far = 0;
    for (int j = 0; j < minutes.length; j++) {
      double[] row = minutes[j].clone();
      this.minutes[j] = row;
      value[j] = new double[row.length];
      for (int s = 0; s < row.length; s++) {
        value[j][s] = valueFunction.at(row[s]);
      }
      order[j] =
          IntStream.range(0, row.length)
              .boxed()
              .sorted(Comparator.comparingDouble((Integer s) -> row[s]).thenComparingInt(s -> s))
              .mapToInt(Integer::intValue)
              .toArray();
      for (double t : row) {
        if (Double.isFinite(t)) {
          far = Math.max(far, t);
        }
      }
    }
    this.longest = far;
    this.q = q;
    this.valueFunction = valueFunction;
  }

  /**
   * The screen of posts chosen among {@code sites} of {@code model}'s plan, cars busy with
   * probability {@code q}, covered within {@code dispatch.urgentTargetMinutes}.
   */
  public static CoverageScreen of(CityModel model, List<Site> sites, double q) {
    return of(
        model,
        sites,
        q,
        ScreenValue.step(model.scenario().dispatch().urgentTargetMinutes(), "the urgent target"));
  }

  /** The same screen with {@code valueFunction} as a call's value by road time. */
  public static CoverageScreen of(
      CityModel model, List<Site> sites, double q, ScreenValue valueFunction) {
    Map<NetworkPosition, Double> demand = demand(model.places().probabilities());
    List<NetworkPosition> points = new ArrayList<>(demand.keySet());
    List<NetworkPosition> from = sites.stream().map(Site::position).toList();
    double[][] minutes = new double[points.size()][];
    IntStream.range(0, points.size())
        .parallel()
        .forEach(
            j -> {
              double[] s =
                  model.travelTimes().secondsTo(from, points.get(j), TravelConditions.FREE_FLOW);
              for (int i = 0; i < s.length; i++) {
                s[i] /= 60;
              }
              minutes[j] = s;
            });
    double[] weight = points.stream().mapToDouble(demand::get).toArray();
    return new CoverageScreen(weight, minutes, q, valueFunction);
  }

  /** The places with a positive probability, pooled by cells when there are too many. */
  static Map<NetworkPosition, Double> demand(Map<NetworkPosition, Double> places) {
    Map<NetworkPosition, Double> positive = new LinkedHashMap<>();
    places.forEach(
        (place, p) -> {
          if (p > 0) {
            positive.merge(place, p, Double::sum);
          }
        });
    if (positive.size() <= MAX_DEMAND_POINTS) {
      return positive;
    }
    double minLat = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    double minLon = Double.POSITIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    for (NetworkPosition p : positive.keySet()) {
      minLat = Math.min(minLat, p.point().lat());
      maxLat = Math.max(maxLat, p.point().lat());
      minLon = Math.min(minLon, p.point().lon());
      maxLon = Math.max(maxLon, p.point().lon());
    }
    double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    double height = (maxLat - minLat) * METRES_PER_DEGREE;
    double width = (maxLon - minLon) * METRES_PER_DEGREE * cos;
    double side = Math.max(1, Math.sqrt(Math.max(height * width, 1) / MAX_DEMAND_POINTS));
    while (true) {
      Map<NetworkPosition, Double> pooled = pool(positive, minLat, minLon, cos, side);
      if (pooled.size() <= MAX_DEMAND_POINTS) {
        return pooled;
      }
      side *= 1.25;
    }
  }

  private static Map<NetworkPosition, Double> pool(
      Map<NetworkPosition, Double> places, double minLat, double minLon, double cos, double side) {
    Map<Long, NetworkPosition> busiest = new LinkedHashMap<>();
    Map<Long, Double> sums = new LinkedHashMap<>();
    places.forEach(
        (place, p) -> {
          long row = (long) ((place.point().lat() - minLat) * METRES_PER_DEGREE / side);
          long col = (long) ((place.point().lon() - minLon) * METRES_PER_DEGREE * cos / side);
          Long cell = row * 1_000_003L + col;
          NetworkPosition b = busiest.get(cell);
          if (b == null || p > places.get(b)) {
            busiest.put(cell, place);
          }
          sums.merge(cell, p, Double::sum);
        });
    Map<NetworkPosition, Double> out = new LinkedHashMap<>();
    sums.forEach((cell, p) -> out.merge(busiest.get(cell), p, Double::sum));
    return out;
  }

  /** How many demand points the screen weighs. */
  public int demandPoints() {
    return weight.length;
  }

  /** How many candidate sites it knows. */
  public int sites() {
    return order.length == 0 ? 0 : order[0].length;
  }

  /** The busy probability of a car. */
  public double busyProbability() {
    return q;
  }

  /** A call's value by the road minutes of the car that takes it. */
  public ScreenValue valueFunction() {
    return valueFunction;
  }

  /** The score of posts at {@code chosen} (true for each site that holds a car). */
  public Score score(boolean[] chosen) {
    int posts = 0;
    for (boolean c : chosen) {
      posts += c ? 1 : 0;
    }
    if (posts == 0) {
      return new Score(0, Double.POSITIVE_INFINITY);
    }
    double coverage = 0;
    double travel = 0;
    for (int j = 0; j < weight.length; j++) {
      double p = 1 - q;
      int found = 0;
      double c = 0;
      double t = 0;
      for (int s : order[j]) {
        if (!chosen[s]) {
          continue;
        }
        double m = minutes[j][s];
        c += p * value[j][s];
        t += p * (Double.isFinite(m) ? m : longest);
        found++;
        p *= q;
        if (found == posts || p == 0) {
          break;
        }
      }
      coverage += weight[j] * c;
      travel += weight[j] * t;
    }
    double someoneFree = 1 - Math.pow(q, posts);
    return new Score(coverage, travel / someoneFree);
  }

  /** The score of posts at the sites {@code posts}. */
  public Score score(int[] posts) {
    boolean[] chosen = new boolean[sites()];
    for (int s : posts) {
      chosen[s] = true;
    }
    return score(chosen);
  }
}
