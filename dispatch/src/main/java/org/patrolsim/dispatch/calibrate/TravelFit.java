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
 * recorded drive to its routed, congestion-free car time on the map. Robust to bad records: ratios
 * outside [{@value #MIN_RATIO}, {@value #MAX_RATIO}] (a wrong position, a unit that stopped on the way,
 * a stamp forgotten) are left out and counted, and only medians are taken. The speed factor of a priority
 * is 1 / its median ratio; the congestion of an hour of day is that hour's median ratio over the median
 * of all, left at 1.0 for an hour with fewer than {@value #MIN_DRIVES} drives (and a priority with fewer
 * keeps the base factor). Goodness: the median of |ln(recorded / predicted)|, predicted = routed x
 * congestion of the hour / speed factor.
 */
final class TravelFit {
  static final double MIN_RATIO = 0.2;
  static final double MAX_RATIO = 5;
  static final int MIN_DRIVES = 20;
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
      findings.add(new NotFitted("travel", SPEED + ", " + CONGESTION, String.format(Locale.ROOT,
          "%d usable drive(s), fewer than the %d a fit needs; left out: %s", kept.size(), MIN_DRIVES, leftOut)));
      return;
    }
    double overall = median(kept);
    List<Double> congestion = new ArrayList<>();
    Map<String, Object> drivesByHour = new LinkedHashMap<>();
    for (int h = 0; h < 24; h++) {
      int hour = h;
      List<Drive> inHour = kept.stream().filter(d -> d.hour() == hour).toList();
      drivesByHour.put(String.format(Locale.ROOT, "%02d", h), inHour.size());
      congestion.add(inHour.size() < MIN_DRIVES ? 1.0 : ArrivalFit.round(median(inHour) / overall, 3));
    }
    Map<String, Object> speed = new LinkedHashMap<>();
    Map<String, Object> perPriority = new LinkedHashMap<>();
    for (Priority p : Priority.values()) {
      List<Drive> of = kept.stream().filter(d -> d.priority() == p).toList();
      perPriority.put(p.key(), of.size());
      if (of.size() >= MIN_DRIVES) {
        speed.put(p.key(), ArrivalFit.round(1 / median(of), 3));
      }
    }
    Goodness g = goodness(kept, speed, congestion);
    String method = "ratio of each first unit's recorded drive (en route, or dispatched, to on scene) to the"
        + " congestion-free car time routed on the map from its position at dispatch; ratios outside [0.2, 5] left"
        + " out; medians only";
    Histogram h = histogram(kept, speed, congestion);
    findings.add(new Fit("travel.speedFactor", SPEED, speed, Map.of("drives", perPriority, "medianRatio",
        ArrivalFit.round(overall, 3)), "1 / the median ratio per priority (at least " + MIN_DRIVES + " drives): " + method,
        kept.size(), g, leftOut, h));
    findings.add(new Fit("travel.congestion", CONGESTION, congestion, Map.of("drivesByHour", drivesByHour),
        "each hour of day's median ratio over the median of all (1.0 where fewer than " + MIN_DRIVES + " drives): "
            + method, kept.size(), g, leftOut, null));
  }

  private static double predicted(Drive d, Map<String, Object> speed, List<Double> congestion) {
    Object s = speed.get(d.priority().key());
    return d.routedSeconds() * congestion.get(d.hour()) / (s == null ? 1.0 : ((Number) s).doubleValue());
  }

  private static Goodness goodness(List<Drive> kept, Map<String, Object> speed, List<Double> congestion) {
    List<Double> errors = kept.stream()
        .map(d -> Math.abs(Math.log(d.recordedSeconds() / predicted(d, speed, congestion)))).toList();
    return new Goodness("median |ln(recorded / predicted)|", ArrivalFit.round(NearestRank.of(errors, 0.5), 4),
        "0: every drive as predicted; 0.1: half the drives within about 10 % of the prediction");
  }

  private static Histogram histogram(List<Drive> kept, Map<String, Object> speed, List<Double> congestion) {
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
    return new Histogram("drive minutes (data: recorded; fit: routed x congestion / speed factor)", labels, observed,
        fitted);
  }

  private static int bin(double x, double width, int bins) {
    return Math.min(bins - 1, (int) (x / width));
  }

  private static double median(List<Drive> drives) {
    return NearestRank.of(drives.stream().map(Drive::ratio).toList(), 0.5);
  }
}
