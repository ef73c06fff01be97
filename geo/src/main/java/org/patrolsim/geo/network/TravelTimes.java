// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The travel-time oracle of one road network: point to point with geometry, and one-to-many, the
 * hot path of dispatch ("which of these cars reaches this call first?").
 *
 * <p>Times are those of GraphHopper's car profile: the path minimises GraphHopper's weight (time
 * plus its distance influence), and its time is the sum of GraphHopper's per-edge times, so a
 * result equals what GraphHopper's own router reports for the same snapped points. A position
 * inside an edge counts the rest of that edge; one-way streets are respected; an unreachable pair
 * gives {@link Double#POSITIVE_INFINITY} (never 0, never an exception). {@link TravelConditions}
 * scale the whole trip by one factor.
 *
 * <p>Thread-safe and deterministic: many actors may call it at once; working memory is per thread.
 */
public final class TravelTimes {
  private final EdgeTable edges;
  private final UpwardGraph graph;
  private final UpwardSearch search;
  private final PathUnpacker unpacker;
  private final Coverage coverage;
  private final CrowFlight crow;
  private final NearestSources nearest;
  private final boolean rankByFullScan;
  private final ThreadLocal<TargetTable> targets;

  private final DownwardSweep sweep;

  TravelTimes(
      EdgeTable edges,
      UpwardGraph graph,
      UpwardSearch search,
      PathUnpacker unpacker,
      CrowFlight crow,
      DownwardSweep sweep,
      boolean rankByFullScan) {
    this.edges = edges;
    this.graph = graph;
    this.search = search;
    this.unpacker = unpacker;
    this.crow = crow;
    this.sweep = sweep;
    this.rankByFullScan = rankByFullScan;
    this.coverage = new Coverage(edges, sweep, search);
    this.nearest = new NearestSources(edges, crow);
    this.targets = ThreadLocal.withInitial(() -> new TargetTable(edges.nodes()));
  }

  UpwardSearch upwardSearch() {
    return search;
  }

  UpwardGraph upwardGraph() {
    return graph;
  }

  /**
   * The same oracle without the per-node cache of search spaces: every query searches afresh. Same
   * answers, more time, no memory growth; for measuring the cold cost, or where memory is tight.
   */
  public TravelTimes uncached() {
    return new TravelTimes(
        edges, graph, search.withoutCache(), unpacker, crow, sweep, rankByFullScan);
  }

  /**
   * The same oracle (sharing its cache) whose {@link #nearest} is {@link #nearestByFullScan}: the
   * reference ranking, for checking that a simulation's outputs do not depend on which one it uses.
   */
  public TravelTimes withFullScanRanking() {
    return new TravelTimes(edges, graph, search, unpacker, crow, sweep, true);
  }

  /**
   * One-to-many: the seconds from each source to the target, in source order; {@link
   * Double#POSITIVE_INFINITY} where the target cannot be reached. One backward search from the
   * target, then a scan of each source's (cached) upward search space.
   */
  public double[] secondsTo(
      List<NetworkPosition> sources, NetworkPosition target, TravelConditions c) {
    TargetTable table = targets.get();
    table.load(target, edges, search);
    Meeting best = table.meeting;
    double factor = c.timeMultiplier() / 1000.0;
    double[] seconds = new double[sources.size()];
    for (int i = 0; i < seconds.length; i++) {
      table.bestFrom(sources.get(i), target, edges, search, best, false);
      seconds[i] = best.reachable() ? best.millis * factor : Double.POSITIVE_INFINITY;
    }
    return seconds;
  }

  /**
   * The {@code k} sources that reach the target first, fastest first, ties by source index: exactly
   * the first {@code k} entries of {@link #secondsTo}'s result sorted by (seconds, index), with the
   * same doubles (fewer when there are fewer sources; unreachable sources, if they are among the
   * first k, come last with {@link Double#POSITIVE_INFINITY}).
   *
   * <p>Its cost does not grow with the number of sources but with k and with how many sources lie
   * about as near as the k-th: sources are timed in order of a straight-line lower bound of their
   * time and the search stops once the next bound exceeds the k-th best time (apart from computing
   * that bound, a few nanoseconds a source). See {@link #nearestByFullScan} for the reference.
   *
   * @throws IllegalArgumentException when {@code k < 1}
   */
  public List<RankedSource> nearest(
      List<NetworkPosition> sources, NetworkPosition target, int k, TravelConditions c) {
    if (rankByFullScan) {
      return nearestByFullScan(sources, target, k, c);
    }
    TargetTable table = targets.get();
    table.load(target, edges, search);
    return nearest.nearest(sources, target, k, c.timeMultiplier() / 1000.0, table, search);
  }

  /**
   * An empty {@link SourceIndex} on this network, its grid sized for about {@code expectedSources}
   * sources (any number may be placed; the size only sets how many share a cell).
   */
  public SourceIndex sourceIndex(int expectedSources) {
    return new SourceIndex(edges, crow, expectedSources);
  }

  /**
   * The {@code k} sources of {@code sources} that {@code eligible} accepts and that reach the
   * target first from where they are at {@code nowMs}: exactly {@link #nearest(List,
   * NetworkPosition, int, TravelConditions)} over the list of those sources' positions in
   * source-number order, with each list index replaced by its source number. Its cost follows the
   * sources near the target, not their number: the index's cells are visited outwards from the
   * target until no source further out can beat the k-th best time.
   *
   * @param members how many sources {@code eligible} accepts, or more ({@code sources.size()} when
   *     not known): once that many have been met no further cells are visited
   * @throws IllegalArgumentException when {@code k < 1}
   */
  public List<RankedSource> nearest(
      SourceIndex sources,
      long nowMs,
      IntPredicate eligible,
      int members,
      NetworkPosition target,
      int k,
      TravelConditions c) {
    if (rankByFullScan) {
      List<Integer> numbers = new ArrayList<>();
      List<NetworkPosition> positions = new ArrayList<>();
      for (int i = 0; i < sources.capacity(); i++) {
        if (sources.contains(i) && eligible.test(i)) {
          numbers.add(i);
          positions.add(sources.positionAt(i, nowMs));
        }
      }
      List<RankedSource> ranked = new ArrayList<>();
      for (RankedSource r : nearestByFullScan(positions, target, k, c)) {
        ranked.add(new RankedSource(numbers.get(r.source()), r.seconds()));
      }
      return ranked;
    }
    TargetTable table = targets.get();
    table.load(target, edges, search);
    return nearest.nearest(
        sources, nowMs, eligible, members, target, k, c.timeMultiplier() / 1000.0, table, search);
  }

  /**
   * The reference of {@link #nearest}: times every source with {@link #secondsTo} and sorts the
   * result by (seconds, index). Linear in the number of sources.
   */
  public List<RankedSource> nearestByFullScan(
      List<NetworkPosition> sources, NetworkPosition target, int k, TravelConditions c) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    double[] seconds = secondsTo(sources, target, c);
    List<RankedSource> all = new ArrayList<>(seconds.length);
    for (int i = 0; i < seconds.length; i++) {
      all.add(new RankedSource(i, seconds[i]));
    }
    all.sort(
        Comparator.comparingDouble(RankedSource::seconds).thenComparingInt(RankedSource::source));
    return List.copyOf(all.subList(0, Math.min(k, all.size())));
  }

  /**
   * The coarse and fine lower bounds of the milliseconds from {@code source} to {@code target}
   * (tests).
   */
  double[] lowerBoundsMillis(NetworkPosition source, NetworkPosition target) {
    return nearest.bounds(source, target);
  }

  /** How many eligible sources the last index query on this thread met (tests). */
  int lastIndexMet() {
    return nearest.lastMet();
  }

  /**
   * How many sources the last {@link #nearest} on this thread timed exactly (tests and
   * measurements).
   */
  int lastNearestTimed() {
    return nearest.lastTimed();
  }

  /** Seconds from one position to another; {@link Double#POSITIVE_INFINITY} when unreachable. */
  public double seconds(NetworkPosition from, NetworkPosition to, TravelConditions c) {
    return secondsTo(List.of(from), to, c)[0];
  }

  /** The fastest route (by GraphHopper's car weight) with its time, length and geometry. */
  public Route route(NetworkPosition from, NetworkPosition to, TravelConditions c) {
    TargetTable table = targets.get();
    table.load(to, edges, search);
    Meeting best = new Meeting();
    table.bestFrom(from, to, edges, search, best, true);
    if (!best.reachable()) {
      return Route.unreachable(from, to);
    }
    List<Route.Leg> legs = new ArrayList<>();
    if (best.direct) {
      legs.add(new Route.Leg(best.startKey, best.startFraction, best.endFraction));
    } else {
      legs.add(new Route.Leg(best.startKey, best.startFraction, 1.0));
      for (int key :
          unpacker.baseEdgeKeys(
              best.sourceSpace, best.sourceIndex, best.targetSpace, best.targetIndex)) {
        legs.add(new Route.Leg(key, 0.0, 1.0));
      }
      legs.add(new Route.Leg(best.endKey, 0.0, best.endFraction));
    }
    return Route.of(
        from, to, legs, edges, c.timeMultiplier(), best.millis * (c.timeMultiplier() / 1000.0));
  }

  /**
   * The share of the road network (by length) that some source reaches within {@code seconds}: the
   * coverage KPI. One multi-source sweep over the contraction hierarchy (the same paths and times
   * as {@link #secondsTo}); its cost is a linear pass over the network, whatever the time limit.
   */
  public double shareOfRoadWithin(
      List<NetworkPosition> sources, double seconds, TravelConditions c) {
    return coverage.shareWithin(sources, seconds * 1000.0 / c.timeMultiplier());
  }

  /**
   * Coverage per road segment: the same share as {@link #shareOfRoadWithin(List, double,
   * TravelConditions)}, bit for bit, from the same sweep, and also adds each road segment's covered
   * fraction (0 to 1, by length) into {@code perSegment[id]}, ids as in {@link
   * RoadNetwork#roadSegments()}. Summed over samples and divided by their number, it gives each
   * segment's share of time within the limit. Segments that are not routable, and every segment
   * when no source is given, get nothing added.
   *
   * @param perSegment an accumulator of {@link RoadNetwork#edgeCount()} entries
   */
  public double shareOfRoadWithin(
      List<NetworkPosition> sources, double seconds, TravelConditions c, double[] perSegment) {
    if (perSegment.length != edges.edges()) {
      throw new IllegalArgumentException(
          "expected " + edges.edges() + " segments, got " + perSegment.length);
    }
    return coverage.shareWithin(sources, seconds * 1000.0 / c.timeMultiplier(), perSegment);
  }

  /**
   * Units of one kind that could answer a call: where they are, the seconds they have to reach the
   * place (their part of a target), and the conditions of their drive.
   */
  public record Responders(List<NetworkPosition> at, double seconds, TravelConditions conditions) {}

  /** Places where calls are expected, each with a weight (any scale; only the shares matter). */
  public record Demand(List<NetworkPosition> places, double[] weights) {
    public Demand {
      if (places.size() != weights.length) {
        throw new IllegalArgumentException(
            places.size() + " demand places but " + weights.length + " weights");
      }
    }

    /** No demand: its share is 0. */
    public static final Demand NONE = new Demand(List.of(), new double[0]);
  }

  /**
   * What one coverage sample finds: the share of road length and the share of demand within reach.
   */
  public record CoverageShares(double road, double demand) {}

  /**
   * Coverage by several kinds of units at once, each within its own seconds under its own
   * conditions: the share of the road network (by length) that some unit reaches in time, and the
   * share of the demand weights at places some unit reaches in time. One multi-source sweep
   * whatever the number of kinds, units or places (a kind with less time starts late by the
   * difference), then one pass over the places: its cost is a linear pass over the network plus one
   * over the places. With one kind, the road share is {@link #shareOfRoadWithin(List, double,
   * TravelConditions, double[])}'s. Adds each road segment's covered fraction into {@code
   * perSegment} when it is not null.
   */
  public CoverageShares coverage(List<Responders> kinds, Demand demand, double[] perSegment) {
    return coverage(kinds, prepare(demand), perSegment);
  }

  /**
   * A demand laid out for this network's coverage sweeps, for a caller that samples coverage of the
   * same demand many times (a run samples it every few minutes): {@link #coverage(List,
   * PreparedDemand, double[])} then gives the same shares, bit for bit, without reading each
   * place's edge again at every sample.
   */
  public PreparedDemand prepare(Demand demand) {
    return new PreparedDemand(coverage.places(demand.places(), demand.weights()));
  }

  /**
   * A {@link Demand} laid out for the coverage sweeps of one road network ({@link #prepare});
   * immutable, so one serves every sample and thread of that network.
   */
  public static final class PreparedDemand {
    private final Coverage.Places places;

    private PreparedDemand(Coverage.Places places) {
      this.places = places;
    }
  }

  /**
   * {@link #coverage(List, Demand, double[])} of a prepared demand: the same shares, bit for bit.
   *
   * @throws IllegalArgumentException when the demand was prepared for another road network
   */
  public CoverageShares coverage(
      List<Responders> kinds, PreparedDemand demand, double[] perSegment) {
    if (perSegment != null && perSegment.length != edges.edges()) {
      throw new IllegalArgumentException(
          "expected " + edges.edges() + " segments, got " + perSegment.length);
    }
    List<List<NetworkPosition>> at = new ArrayList<>(kinds.size());
    double[] budgets = new double[kinds.size()];
    for (int k = 0; k < kinds.size(); k++) {
      Responders r = kinds.get(k);
      at.add(r.at());
      budgets[k] = r.seconds() * 1000.0 / r.conditions().timeMultiplier();
    }
    double[] shares = coverage.sharesWithin(at, budgets, perSegment, demand.places);
    return new CoverageShares(shares[0], shares[1]);
  }

  /**
   * Computes and caches the upward search spaces of every node, both directions, so that no later
   * query searches: the steady state a long simulation reaches anyway. Costs one search per node
   * and direction and the memory reported by {@link #cacheUse()}. No effect on an {@link
   * #uncached()} oracle.
   */
  public CacheUse cacheEveryNode() {
    search.cacheEveryNode();
    return search.cacheUse();
  }

  /** How much of the network the search-space cache holds, and its estimated heap size. */
  public CacheUse cacheUse() {
    return search.cacheUse();
  }

  /**
   * The search-space cache: network nodes, nodes whose forward and backward spaces are cached,
   * cached entries, and the estimated heap bytes of the cached spaces (28 bytes an entry plus
   * headers).
   */
  public record CacheUse(
      int nodes, int forwardCached, int backwardCached, long entries, long bytes) {}

  /**
   * The best way found from one source to the loaded target. Reused to keep the hot path
   * allocation-free.
   */
  static final class Meeting {
    double weight;
    double millis;
    boolean direct;
    int startKey;
    double startFraction;
    int endKey;
    double endFraction;
    SearchSpace sourceSpace;
    int sourceIndex;
    SearchSpace targetSpace;
    int targetIndex;

    boolean reachable() {
      return weight < Double.POSITIVE_INFINITY;
    }
  }
}
