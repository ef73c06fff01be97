// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.patrolsim.dispatch.records.RecordedCall;

/**
 * Arrivals: the mean calls a day over the window ({@link Window}: the records' from/to, else whole
 * days) ({@code incidents.perDay}), their share by hour of day ({@code incidents.hourlyProfile}, 24
 * weights of mean 1) and the mean calls on each day of the week (reported; the scenario has no
 * weekly profile). Only caller calls: self-initiated calls are officers' own work, not demand, and
 * are left out and counted. Goodness: the dispersion index of the counts per day in each hour of
 * day (the chi-square statistic over its degrees of freedom): about 1 when each hour's calls are
 * Poisson around a steady mean, as the simulation draws them; well above 1 means days differ more
 * than Poisson (weekdays, events), which a single daily profile does not reproduce.
 */
final class ArrivalFit {
  static final String PER_DAY = "incidents.perDay";
  static final String HOURLY = "incidents.hourlyProfile";

  private ArrivalFit() {}

  static List<Fit> fit(List<RecordedCall> calls, Window window) {
    List<RecordedCall> callers = calls.stream().filter(c -> !c.selfInitiated()).toList();
    Map<String, Integer> leftOut = new LinkedHashMap<>();
    int self = calls.size() - callers.size();
    if (self > 0) {
      leftOut.put("selfInitiated", self);
    }
    double days = window.days();
    int[][] counts = new int[window.periods()][24];
    int[] byWeekday = new int[7];
    for (RecordedCall c : callers) {
      counts[window.periodOf(c.received())][c.received().getHour()]++;
      byWeekday[c.received().getDayOfWeek().getValue() - 1]++;
    }
    int n = callers.size();
    double perDay = round(n / days, 2);
    List<Double> profile = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      int total = 0;
      for (int[] day : counts) {
        total += day[h];
      }
      profile.add(n == 0 ? 1.0 : round(24.0 * total / n, 4));
    }
    Map<String, Object> weekdays = new LinkedHashMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      double seen = window.days(d);
      weekdays.put(
          d.name().toLowerCase(Locale.ROOT),
          seen == 0 ? null : round(byWeekday[d.getValue() - 1] / seen, 2));
    }
    String method =
        "caller calls counted per hour of day and per day over "
            + round(days, 3)
            + " day(s) from "
            + window.start()
            + "; self-initiated calls"
            + " left out (officers' own work, not calls)";
    Goodness dispersion = dispersion(counts);
    Fit volume =
        new Fit(
            "arrivals.perDay",
            PER_DAY,
            perDay,
            Map.of("days", round(days, 3), "perDayOfWeek", weekdays),
            "mean caller calls a day: " + method,
            n,
            dispersion,
            leftOut,
            dailyHistogram(counts, perDay));
    Fit hourly =
        new Fit(
            "arrivals.hourlyProfile",
            HOURLY,
            profile,
            Map.of(),
            "each hour's share of the calls times 24 (weights of mean 1): " + method,
            n,
            dispersion,
            leftOut,
            hourlyHistogram(counts, profile, perDay, days));
    return List.of(volume, hourly);
  }

  /**
   * The chi-square dispersion index of the counts per day in each hour, with its p-value in the
   * reading.
   */
  static Goodness dispersion(int[][] counts) {
    int days = counts.length;
    if (days < 2) {
      return new Goodness("dispersion index", Double.NaN, "not computable from one day");
    }
    double chi2 = 0;
    int df = 0;
    for (int h = 0; h < 24; h++) {
      double mean = 0;
      for (int[] day : counts) {
        mean += day[h];
      }
      mean /= days;
      if (mean == 0) {
        continue;
      }
      for (int[] day : counts) {
        chi2 += (day[h] - mean) * (day[h] - mean) / mean;
      }
      df += days - 1;
    }
    if (df == 0) {
      return new Goodness("dispersion index", Double.NaN, "no calls");
    }
    double p = 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(chi2);
    return new Goodness(
        "dispersion index",
        round(chi2 / df, 4),
        String.format(
            Locale.ROOT,
            "1 when each hour's calls a day are Poisson (as simulated); chi-square %.1f on %d df, p = %.3g;"
                + " above 1: days differ more than Poisson",
            chi2,
            df,
            p));
  }

  private static Histogram dailyHistogram(int[][] counts, double perDay) {
    int[] totals = new int[counts.length];
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int d = 0; d < counts.length; d++) {
      for (int c : counts[d]) {
        totals[d] += c;
      }
      min = Math.min(min, totals[d]);
      max = Math.max(max, totals[d]);
    }
    int width = Math.max(1, (int) Math.ceil((max - min + 1) / 20.0));
    PoissonDistribution poisson =
        perDay > 0
            ? new PoissonDistribution(
                null,
                perDay,
                PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS)
            : null;
    List<String> bins = new ArrayList<>();
    List<Integer> observed = new ArrayList<>();
    List<Double> fitted = new ArrayList<>();
    for (int lo = min; lo <= max; lo += width) {
      int hi = lo + width - 1;
      bins.add(width == 1 ? Integer.toString(lo) : lo + "-" + hi);
      int seen = 0;
      for (int t : totals) {
        seen += t >= lo && t <= hi ? 1 : 0;
      }
      observed.add(seen);
      double p =
          poisson == null
              ? 0
              : poisson.cumulativeProbability(hi) - poisson.cumulativeProbability(lo - 1);
      fitted.add(round(counts.length * p, 2));
    }
    return new Histogram(
        "caller calls a day (days; fit: Poisson of the mean)", bins, observed, fitted);
  }

  private static Histogram hourlyHistogram(
      int[][] counts, List<Double> profile, double perDay, double days) {
    List<String> bins = new ArrayList<>();
    List<Integer> observed = new ArrayList<>();
    List<Double> fitted = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      bins.add(String.format(Locale.ROOT, "%02d", h));
      int total = 0;
      for (int[] day : counts) {
        total += day[h];
      }
      observed.add(total);
      fitted.add(round(perDay * days * profile.get(h) / 24, 2));
    }
    return new Histogram("hour of day (calls; fit: perDay x profile)", bins, observed, fitted);
  }

  static double round(double v, int places) {
    double f = Math.pow(10, places);
    return Math.round(v * f) / f;
  }
}
