// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.records.RecordedCall;
import org.patrolsim.dispatch.records.Span;

/**
 * Call handling per priority ({@code response.callHandlingSeconds.<priority>}): received to the
 * first dispatch, log-normal, fitted only on calls received while the force had units to spare, so
 * that the wait for a free unit (which the simulation adds itself) is left out. The rule: a call is
 * <em>quiet</em> when the units busy at its receipt ({@link BusyUnits}) are at most the median over
 * all caller calls' receipts; a call received in the busier half may have waited for a unit.
 * Without clear times (busy units unknown) every call is used and the method says so. The all-calls
 * fit is reported beside it. Self-initiated calls have no call to handle and are left out.
 */
final class HandlingFit {
  static final String TARGET = "response.callHandlingSeconds.";

  private HandlingFit() {}

  static void fit(List<RecordedCall> calls, Findings findings) {
    BusyUnits busy = BusyUnits.of(calls);
    Map<Priority, Map<String, Integer>> leftOut = new java.util.EnumMap<>(Priority.class);
    for (Priority p : Priority.values()) {
      leftOut.put(p, new LinkedHashMap<>());
    }
    List<RecordedCall> timed = new ArrayList<>();
    List<Integer> busyAt = new ArrayList<>();
    for (RecordedCall c : calls) {
      Optional<java.time.Duration> d = c.span(Span.HANDLING);
      if (c.selfInitiated()) {
        leftOut.get(c.priority()).merge("selfInitiated", 1, Integer::sum);
      } else if (d.isEmpty()) {
        leftOut.get(c.priority()).merge("noDispatchTime", 1, Integer::sum);
      } else if (d.get().toMillis() <= 0) {
        leftOut.get(c.priority()).merge("zeroHandling", 1, Integer::sum);
      } else {
        timed.add(c);
        busyAt.add(busy.at(c.received()));
      }
    }
    int threshold =
        busy.known() && !busyAt.isEmpty() ? (int) NearestRank.of(busyAt, 0.5) : Integer.MAX_VALUE;
    for (Priority p : Priority.values()) {
      List<Double> quiet = new ArrayList<>();
      List<Double> all = new ArrayList<>();
      int busier = 0;
      for (int i = 0; i < timed.size(); i++) {
        RecordedCall c = timed.get(i);
        if (c.priority() != p) {
          continue;
        }
        double s = c.span(Span.HANDLING).orElseThrow().toMillis() / 1000.0;
        all.add(s);
        if (busyAt.get(i) <= threshold) {
          quiet.add(s);
        } else {
          busier++;
        }
      }
      Map<String, Integer> out = new LinkedHashMap<>(leftOut.get(p));
      if (busier > 0) {
        out.put("receivedWhileBusy", busier);
      }
      Map<String, Object> extra = new LinkedHashMap<>();
      extra.put("busyUnitsThreshold", busy.known() ? threshold : null);
      if (all.size() >= DurationFit.MIN_RECORDS) {
        LogNormal everything = LogNormal.fit(all);
        Map<String, Object> allCalls = new LinkedHashMap<>(DurationFit.spread(everything));
        allCalls.put("n", all.size());
        extra.put("allCalls", allCalls);
      }
      String rule =
          busy.known()
              ? String.format(
                  Locale.ROOT,
                  "calls received with at most %d units busy (the median over all calls' receipts,"
                      + " from the units' dispatched-to-cleared times), so the wait for a free unit is left out",
                  threshold)
              : "every call: the records have no clear times, so busy units are unknown and the wait for a unit is included";
      DurationFit.fit(
          findings,
          "callHandling." + p.key(),
          TARGET + p.key(),
          quiet,
          out,
          "log-normal (maximum likelihood on the logarithms) of received to first dispatch, "
              + p.key()
              + " calls; "
              + rule
              + "; self-initiated calls left out",
          "seconds from the call to the first dispatch",
          extra);
    }
  }
}
