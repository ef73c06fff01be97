// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.records.RecordedCall;

/**
 * The type and priority mix of the caller calls: each scenario type's share of them ({@code
 * incidents.types[].share}) and the calls per priority (reported: a type's priority is the plan's).
 * Self-initiated calls are left out, as for arrivals. Goodness: the largest standard error of a
 * share, sqrt(p (1 - p) / n): an empirical share is the maximum-likelihood fit, its error is the
 * sampling noise.
 */
final class MixFit {
  static final String TARGET = "incidents.types[].share";

  private MixFit() {}

  static List<Fit> fit(List<RecordedCall> calls) {
    List<RecordedCall> callers = calls.stream().filter(c -> !c.selfInitiated()).toList();
    Map<String, Integer> leftOut = new LinkedHashMap<>();
    if (calls.size() > callers.size()) {
      leftOut.put("selfInitiated", calls.size() - callers.size());
    }
    int n = callers.size();
    Map<String, Integer> byType = new TreeMap<>();
    callers.forEach(c -> byType.merge(c.type(), 1, Integer::sum));
    Map<String, Object> shares = new LinkedHashMap<>();
    double worst = 0;
    for (Map.Entry<String, Integer> e : byType.entrySet()) {
      double p = (double) e.getValue() / n;
      shares.put(e.getKey(), ArrivalFit.round(p, 4));
      worst = Math.max(worst, Math.sqrt(p * (1 - p) / n));
    }
    Map<String, Object> callerPriorities = countByPriority(callers);
    Map<String, Object> selfPriorities =
        countByPriority(calls.stream().filter(RecordedCall::selfInitiated).toList());
    Fit types =
        new Fit(
            "mix.types",
            TARGET,
            shares,
            Map.of("callsByType", byType),
            "each type's share of the caller calls (the replay's category to type mapping); self-initiated calls left out",
            n,
            new Goodness(
                "largest standard error of a share",
                ArrivalFit.round(worst, 4),
                "sampling noise of the shares: sqrt(p (1 - p) / n)"),
            leftOut,
            null);
    Fit priorities =
        new Fit(
            "mix.priorities",
            null,
            callerPriorities,
            Map.of("selfInitiated", selfPriorities),
            "calls counted per priority as recorded (caller calls; self-initiated ones in the details); reported only:"
                + " the plan gives each type its priority",
            n,
            new Goodness("calls", n, "a count, no model"),
            leftOut,
            null);
    return List.of(types, priorities);
  }

  private static Map<String, Object> countByPriority(List<RecordedCall> calls) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Priority p : Priority.values()) {
      out.put(
          p.name().toLowerCase(Locale.ROOT), calls.stream().filter(c -> c.priority() == p).count());
    }
    return out;
  }
}
