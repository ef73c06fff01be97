// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.patrolsim.dispatch.incident.Priority;

/**
 * Travel ({@code response.speedFactor.<priority>}, {@code response.congestion}): the ratio of each
 * recorded drive to its routed, congestion-free car time on the map, modelled as congestion of the
 * hour over speed factor of the priority. Robust to bad records: ratios outside [{@value
 * #MIN_RATIO}, {@value #MAX_RATIO}] (a wrong position, a unit that stopped on the way, a stamp
 * forgotten) are left out and counted, and only medians are taken, alternating (Tukey's median
 * polish on the two factors): an hour's congestion is the median of its ratios times their
 * priority's factor, a priority's factor 1 / the median of its ratios over their hour's congestion.
 * Drive times fix only the product, so the scale is set by calling free flow (1.0) the quietest
 * quarter of the hours, as the scenario's profiles do (the weekday profile is 1.0 at night). An
 * hour with fewer than {@value #MIN_DRIVES} drives is left at 1.0, and a priority with fewer keeps
 * the base factor. Goodness: the median of |ln(recorded / predicted)|, predicted = routed x
 * congestion of the hour / speed factor.
 */
final class TravelFit {
  static final double MIN_RATIO = 0.2;
  static final double MAX_RATIO = 5;
  static final int MIN_DRIVES = 20;

  /**
   * Rounds of the alternating medians (Tukey's median polish in ratios); they settle in two or
   * three.
   */
  static final int ROUNDS = 4;

  static final String SPEED = "response.speedFactor";
  static final String CONGESTION = "response.congestion";

  private TravelFit() {}

  static void fit(List<Drive> drives, Map<String, Integer> leftOutBefore, Findings findings) {
    Map<String, Integer> leftOut = new LinkedHashMap<>(leftOutBefore);
    List<Drive> kept = new ArrayList<>();
    for (Drive d : drives) {
      if (!(d.routedSeconds() > 0) || Double.isInfinite(d.routedSeconds())) {
        leftOut.merge("unroutable", 1, Integer::sum);
      } else if (!(d.recordedSeconds() > 0)) {
        leftOut.merge("zeroDrive", 1, Integer::sum);
      } else if (d.ratio() < MIN_RATIO || d.ratio() > MAX_RATIO) {
        leftOut.merge("ratioOutside0.2to5", 1, Integer::sum);
      } else {
        kept.add(d);
      }
    }
    if (kept.size() < MIN_DRIVES) {
      findings.add(
          new NotFitted(
              "travel",
              SPEED + ", " + CONGESTION,
              String.format(
                  Locale.ROOT,
                  "%d usable drive(s), fewer than the %d a fit needs; left out: %s",
                  kept.size(),
                  MIN_DRIVES,
                  leftOut)));
      return;
    }
    double overall = median(kept);
    double[] factor = new double[Priority.values().length];
    java.util.Arrays.fill(factor, 1.0);
    double[] hourly = new double[24];
    for (int round = 0; round < ROUNDS; round++) {
      hourly = congestion(kept, factor);
      factor = speedFactors(kept, hourly);
    }
    List<Double> congestion = new ArrayList<>();
    Map<String, Object> drivesByHour = new LinkedHashMap<>();
    for (int h = 0; h < 24; h++) {
      int hour = h;
      drivesByHour.put(
          String.format(Locale.ROOT, "%02d", h),
          kept.stream().filter(d -> d.hour() == hour).count());
      congestion.add(ArrivalFit.round(hourly[h], 3));
    }
    Map<String, Object> speed = new LinkedHashMap<>();
    Map<String, Object> perPriority = new LinkedHashMap<>();
    for (Priority p : Priority.values()) {
      long of = kept.stream().filter(d -> d.priority() == p).count();
      perPriority.put(p.key(), of);
      if (of >= MIN_DRIVES) {
        speed.put(p.key(), ArrivalFit.round(factor[p.ordinal()], 3));
      }
    }
    Goodness g = goodness(kept, speed, congestion);
    String method =
        "ratio of each first unit's recorded drive (en route, or dispatched, to on scene) to the"
            + " congestion-free car time routed on the map from its position at dispatch; ratios outside [0.2, 5] left"
            + " out; medians only";
    Histogram h = histogram(kept, speed, congestion);
    findings.add(
        new Fit(
            "travel.speedFactor",
            SPEED,
            speed,
            Map.of("drives", perPriority, "medianRatio", ArrivalFit.round(overall, 3)),
            "1 / the median ratio per priority (at least " + MIN_DRIVES + " drives): " + method,
            kept.size(),
            g,
            leftOut,
            h));
    findings.add(
        new Fit(
            "travel.congestion",
            CONGESTION,
            congestion,
            Map.of("drivesByHour", drivesByHour),
            "each hour of day's median ratio times the speed factor, over the same median in the quietest quarter of"
                + " the hours (free flow 1.0; 1.0 where fewer than "
                + MIN_DRIVES
                + " drives); alternating with the"
                + " speed factors (median polish, "
                + ROUNDS
                + " rounds): "
                + method,
            kept.size(),
            g,
            leftOut,
            null));
  }

  /**
   * Each hour's congestion given the speed factors: the median of its drives' ratios times their
   * priority's factor (1.0 for an hour with fewer than {@value #MIN_DRIVES} drives), over the
   * free-flow reference: the same median pooled over the drives of the quietest quarter of the
   * fitted hours.
   */
  static double[] congestion(List<Drive> kept, double[] factor) {
    double[] hourly = new double[24];
    List<Integer> fitted = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      int hour = h;
      List<Double> adjusted =
          kept.stream()
              .filter(d -> d.hour() == hour)
              .map(d -> d.ratio() * factor[d.priority().ordinal()])
              .toList();
      hourly[h] = adjusted.size() < MIN_DRIVES ? Double.NaN : NearestRank.of(adjusted, 0.5);
      if (adjusted.size() >= MIN_DRIVES) {
        fitted.add(h);
      }
    }
    fitted.sort(java.util.Comparator.comparingDouble(h -> hourly[h]));
    java.util.Set<Integer> quiet =
        new java.util.HashSet<>(fitted.subList(0, Math.max(1, (fitted.size() + 3) / 4)));
    double reference =
        NearestRank.of(
            kept.stream()
                .filter(d -> quiet.contains(d.hour()))
                .map(d -> d.ratio() * factor[d.priority().ordinal()])
                .toList(),
            0.5);
    for (int h = 0; h < 24; h++) {
      hourly[h] = Double.isNaN(hourly[h]) ? 1.0 : hourly[h] / reference;
    }
    return hourly;
  }

  /**
   * Each priority's speed factor given the congestion: 1 / the median of its drives' ratios over
   * their hour's congestion (1.0 for a priority with fewer than {@value #MIN_DRIVES} drives).
   */
  static double[] speedFactors(List<Drive> kept, double[] hourly) {
    double[] factor = new double[Priority.values().length];
    for (Priority p : Priority.values()) {
      List<Double> adjusted =
          kept.stream()
              .filter(d -> d.priority() == p)
              .map(d -> d.ratio() / hourly[d.hour()])
              .toList();
      factor[p.ordinal()] = adjusted.size() < MIN_DRIVES ? 1.0 : 1 / NearestRank.of(adjusted, 0.5);
    }
    return factor;
  }

  private static double predicted(Drive d, Map<String, Object> speed, List<Double> congestion) {
    Object s = speed.get(d.priority().key());
    return d.routedSeconds()
        * congestion.get(d.hour())
        / (s == null ? 1.0 : ((Number) s).doubleValue());
  }

  private static Goodness goodness(
      List<Drive> kept, Map<String, Object> speed, List<Double> congestion) {
    List<Double> errors =
        kept.stream()
            .map(d -> Math.abs(Math.log(d.recordedSeconds() / predicted(d, speed, congestion))))
            .toList();
    return new Goodness(
        "median |ln(recorded / predicted)|",
        ArrivalFit.round(NearestRank.of(errors, 0.5), 4),
        "0: every drive as predicted; 0.1: half the drives within about 10 % of the prediction");
  }

  private static Histogram histogram(
      List<Drive> kept, Map<String, Object> speed, List<Double> congestion) {
    List<Double> recorded = kept.stream().map(d -> d.recordedSeconds() / 60).toList();
    double top = Math.max(NearestRank.of(recorded, 0.99), 1e-9);
    int bins = 20;
    double width = top / bins;
    int[] seen = new int[bins];
    double[] expected = new double[bins];
    for (Drive d : kept) {
      seen[bin(d.recordedSeconds() / 60, width, bins)]++;
      expected[bin(predicted(d, speed, congestion) / 60, width, bins)]++;
    }
    List<String> labels = new ArrayList<>();
    List<Integer> observed = new ArrayList<>();
    List<Double> fitted = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      labels.add(String.format(Locale.ROOT, b == bins - 1 ? "%.3g+" : "%.3g", b * width));
      observed.add(seen[b]);
      fitted.add(expected[b]);
    }
    return new Histogram(
        "drive minutes (data: recorded; fit: routed x congestion / speed factor)",
        labels,
        observed,
        fitted);
  }

  private static int bin(double x, double width, int bins) {
    return Math.min(bins - 1, (int) (x / width));
  }

  private static double median(List<Drive> drives) {
    return NearestRank.of(drives.stream().map(Drive::ratio).toList(), 0.5);
  }
}
