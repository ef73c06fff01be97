// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.geo.network.Route;

/**
 * Where patrol time went, folded from the cars' {@link DispatchEvent.CarPath}s as they come: for
 * each road segment the time free (patrolling) cars spent on it in the call period and when each
 * pass began; for the plan's hot spots the visits and their lengths; for each call whether a
 * patrolling car had been on its segment in the hours before. A pass is one car's unbroken spell on
 * one segment, driving along it or standing on it (a stop at a beat point or hot spot is part of
 * the pass that drove there). A car's spell is known once its next path begins, so spells are
 * closed then; a call looks at the cars' current paths too. What it keeps: a few numbers per
 * segment, and the start of every pass (4 bytes), for the exact revisit percentiles; at the end,
 * the pooled percentiles count the gaps by length ({@link GapCounts}) rather than copy them all.
 */
final class PresenceTally {
  /** The hour blocks of the revisit intervals: 00-04, 04-08, ... 20-24. */
  static final int BLOCK_HOURS = 4;

  static final int BLOCKS = 24 / BLOCK_HOURS;

  /** The look-backs of the calls-passed shares, in hours. */
  static final int[] LOOKBACK_HOURS = {1, 2, 4};

  /** A visit to a hot spot in the Koper band lasts from 10 to 15 minutes (both included). */
  static final long KOPER_MIN_MS = 10 * 60_000L;

  static final long KOPER_MAX_MS = 15 * 60_000L;

  private final long horizonMs;
  private final Map<CarId, CarState> cars = new HashMap<>();
  private double[] patrolMs = new double[0];
  private int[][] passStarts = new int[0][];
  private int[] passCounts = new int[0];
  private long[] lastSeen = new long[0];
  private int[] hotspots = new int[0];
  private double[] hotspotCallShares = new double[0];
  private final Map<Integer, Integer> hotspotIndex = new HashMap<>();
  private long[] hotspotVisits = new long[0];
  private double[] hotspotMs = new double[0];
  private long[] hotspotKoperVisits = new long[0];
  private boolean planned;
  private long calls;
  private final long[] callsPassed = new long[LOOKBACK_HOURS.length];

  PresenceTally(long horizonMs) {
    this.horizonMs = horizonMs;
  }

  /** One car's current path and its open spell. */
  private static final class CarState {
    DispatchEvent.CarPath path;
    int spellSegment = -1;
    long spellStart;
    long spellEnd;
  }

  void event(DispatchEvent e) {
    if (e instanceof DispatchEvent.CarPath p) {
      path(p);
    } else if (e instanceof DispatchEvent.PresencePlan plan) {
      planned = true;
      hotspots = plan.hotspots().clone();
      hotspotCallShares = plan.callShares().clone();
      for (int i = 0; i < hotspots.length; i++) {
        hotspotIndex.putIfAbsent(hotspots[i], i);
      }
      hotspotVisits = new long[hotspots.length];
      hotspotMs = new double[hotspots.length];
      hotspotKoperVisits = new long[hotspots.length];
    } else if (e instanceof DispatchEvent.CallSegment c && c.timeMs() < horizonMs) {
      call(c);
    }
  }

  private void path(DispatchEvent.CarPath p) {
    CarState car = cars.computeIfAbsent(p.car(), k -> new CarState());
    if (car.path != null) {
      walk(car, p.timeMs());
    }
    car.path = p;
    if (!p.patrolling()) {
      closeSpell(car);
    }
  }

  /** The spells of the car's current path up to {@code untilMs}, in order. */
  private void walk(CarState car, long untilMs) {
    DispatchEvent.CarPath p = car.path;
    if (!p.patrolling()) {
      return;
    }
    long from = p.timeMs();
    if (p.route() == null) {
      spell(car, p.at().edge(), from, untilMs);
      return;
    }
    Route r = p.route();
    int n = r.pieceCount();
    for (int i = 0; i < n; i++) {
      long start = Math.max(from, p.departedMs() + startMs(r, i));
      long end = i == n - 1 ? untilMs : Math.min(untilMs, p.departedMs() + endMs(r, i));
      if (start >= untilMs) {
        return;
      }
      if (end > start || i == n - 1) {
        spell(car, r.pieceSegment(i), start, Math.max(start, end));
      }
    }
    if (n == 0) {
      spell(car, r.to().edge(), from, untilMs);
    }
  }

  private static long startMs(Route r, int i) {
    return i == 0 ? 0 : endMs(r, i - 1);
  }

  private static long endMs(Route r, int i) {
    return Math.round(r.pieceEndSeconds(i) * 1000);
  }

  /** Adds a spell, joined to the car's open one when it goes on along the same segment. */
  private void spell(CarState car, int segment, long start, long end) {
    if (car.spellSegment == segment && start <= car.spellEnd) {
      car.spellEnd = Math.max(car.spellEnd, end);
      return;
    }
    closeSpell(car);
    car.spellSegment = segment;
    car.spellStart = start;
    car.spellEnd = end;
  }

  private void closeSpell(CarState car) {
    int s = car.spellSegment;
    if (s < 0) {
      return;
    }
    car.spellSegment = -1;
    long start = car.spellStart;
    long end = car.spellEnd;
    grow(s);
    lastSeen[s] = Math.max(lastSeen[s], end);
    if (start >= horizonMs) {
      return;
    }
    double inPeriod = Math.min(end, horizonMs) - start;
    patrolMs[s] += inPeriod;
    if (passStarts[s] == null) {
      passStarts[s] = new int[4];
    } else if (passCounts[s] == passStarts[s].length) {
      passStarts[s] = Arrays.copyOf(passStarts[s], passCounts[s] * 2);
    }
    passStarts[s][passCounts[s]++] = (int) (start / 1000);
    Integer h = hotspotIndex.get(s);
    if (h != null) {
      hotspotVisits[h]++;
      hotspotMs[h] += inPeriod;
      long length = end - start;
      hotspotKoperVisits[h] += length >= KOPER_MIN_MS && length <= KOPER_MAX_MS ? 1 : 0;
    }
  }

  private void grow(int s) {
    if (s >= patrolMs.length) {
      int size = Math.max(s + 1, patrolMs.length * 2);
      patrolMs = Arrays.copyOf(patrolMs, size);
      passStarts = Arrays.copyOf(passStarts, size);
      passCounts = Arrays.copyOf(passCounts, size);
      long[] seen = Arrays.copyOf(lastSeen, size);
      Arrays.fill(seen, lastSeen.length, size, Long.MIN_VALUE);
      lastSeen = seen;
    }
  }

  /** Whether a patrolling car was on the call's segment in each look-back before it. */
  private void call(DispatchEvent.CallSegment c) {
    calls++;
    long t = c.timeMs();
    int s = c.segment();
    long seen = s < lastSeen.length ? lastSeen[s] : Long.MIN_VALUE;
    if (seen < t - LOOKBACK_HOURS[0] * 3_600_000L) {
      for (CarState car : cars.values()) {
        seen = Math.max(seen, lastOn(car, s, t));
      }
    }
    for (int i = 0; i < LOOKBACK_HOURS.length; i++) {
      callsPassed[i] += seen >= t - LOOKBACK_HOURS[i] * 3_600_000L ? 1 : 0;
    }
  }

  /** The last instant at or before {@code t} the car was on segment {@code s} on patrol. */
  private static long lastOn(CarState car, int s, long t) {
    long seen = car.spellSegment == s ? Math.min(car.spellEnd, t) : Long.MIN_VALUE;
    DispatchEvent.CarPath p = car.path;
    if (p == null || !p.patrolling()) {
      return seen;
    }
    if (p.route() == null) {
      return p.at().edge() == s ? t : seen;
    }
    Route r = p.route();
    int n = r.pieceCount();
    for (int i = 0; i < n; i++) {
      long start = Math.max(p.timeMs(), p.departedMs() + startMs(r, i));
      if (start > t) {
        break;
      }
      if (r.pieceSegment(i) == s) {
        long end = i == n - 1 ? t : Math.min(t, p.departedMs() + endMs(r, i));
        seen = Math.max(seen, end);
      }
    }
    return seen;
  }

  /** The nearest-rank {@code p}th percentile of {@code values} (sorted here), or -1 when none. */
  static int nearestRank(int[] values, int p) {
    if (values.length == 0) {
      return -1;
    }
    Arrays.sort(values);
    int rank = (int) Math.ceil(p / 100.0 * values.length);
    return values[Math.max(0, rank - 1)];
  }

  /** The stream has ended at {@code endMs}: every car's path and spell are closed there. */
  /**
   * Whether the run measured presence: it announced its hot spots ({@link
   * DispatchEvent.PresencePlan}), as a run with {@code report.presence} on does.
   */
  boolean measured() {
    return planned;
  }

  void finish(long endMs) {
    for (CarState car : cars.values()) {
      if (car.path != null) {
        walk(car, Math.max(endMs, car.path.timeMs()));
        car.path = null;
      }
      closeSpell(car);
    }
  }

  /** The measures, per segment and per hot spot, over {@code days} days of calls. */
  Presence result(int days) {
    int n = patrolMs.length;
    double[] minutesPerDay = new double[n];
    double[] passesPerDay = new double[n];
    int[][] revisitP50 = new int[n][];
    int[][] revisitP90 = new int[n][];
    int[] allP50 = new int[n];
    int[] allP90 = new int[n];
    GapCounts pooled = new GapCounts();
    double totalMs = 0;
    for (int s = 0; s < n; s++) {
      minutesPerDay[s] = patrolMs[s] / 60_000.0 / days;
      totalMs += patrolMs[s];
      passesPerDay[s] = (double) passCounts[s] / days;
      allP50[s] = -1;
      allP90[s] = -1;
      if (passCounts[s] < 2) {
        continue;
      }
      int[] starts = Arrays.copyOf(passStarts[s], passCounts[s]);
      Arrays.sort(starts);
      int[][] byBlock = new int[BLOCKS][starts.length];
      int[] inBlock = new int[BLOCKS];
      int[] all = new int[starts.length - 1];
      for (int i = 1; i < starts.length; i++) {
        int gap = starts[i] - starts[i - 1];
        int b = (int) ((starts[i] % 86_400L) / (BLOCK_HOURS * 3_600L));
        byBlock[b][inBlock[b]++] = gap;
        all[i - 1] = gap;
      }
      pooled.addAll(all);
      revisitP50[s] = new int[BLOCKS];
      revisitP90[s] = new int[BLOCKS];
      for (int b = 0; b < BLOCKS; b++) {
        int[] gaps = Arrays.copyOf(byBlock[b], inBlock[b]);
        revisitP50[s][b] = nearestRank(gaps, 50);
        revisitP90[s][b] = nearestRank(gaps, 90);
      }
      allP50[s] = nearestRank(all, 50);
      allP90[s] = nearestRank(all, 90);
    }
    Presence.Hotspot[] hot = new Presence.Hotspot[hotspots.length];
    for (int i = 0; i < hotspots.length; i++) {
      hot[i] =
          new Presence.Hotspot(
              hotspots[i],
              hotspotCallShares[i],
              (double) hotspotVisits[i] / days,
              hotspotMs[i] / 60_000.0 / days,
              hotspotVisits[i] == 0 ? 0 : (double) hotspotKoperVisits[i] / hotspotVisits[i]);
    }
    double[] passedShares = new double[LOOKBACK_HOURS.length];
    for (int i = 0; i < passedShares.length; i++) {
      passedShares[i] = calls == 0 ? 0 : (double) callsPassed[i] / calls;
    }
    int pooledP50 = pooled.nearestRank(50);
    int pooledP90 = pooled.nearestRank(90);
    return new Presence(
        totalMs / 60_000.0 / days,
        pooledP50,
        pooledP90,
        minutesPerDay,
        passesPerDay,
        allP50,
        allP90,
        revisitP50,
        revisitP90,
        java.util.List.of(hot),
        passedShares);
  }
}
