// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.patrolsim.dispatch.records.RecordedCall;
import org.patrolsim.dispatch.records.Span;

/**
 * Time on scene per incident type ({@code incidents.types[].onSceneMinutes}): the first unit's on
 * scene to cleared, in minutes, log-normal, with the KS distance of the data from the fit, on
 * caller calls: self-initiated work is fitted apart ({@link SelfInitiatedFit}) and left out here,
 * counted.
 */
final class OnSceneFit {
  static final String TARGET = "incidents.types[%s].onSceneMinutes";

  private OnSceneFit() {}

  static void fit(List<RecordedCall> calls, Findings findings) {
    for (String type : new TreeSet<>(calls.stream().map(RecordedCall::type).toList())) {
      Map<String, Integer> leftOut = new LinkedHashMap<>();
      List<Double> minutes = new ArrayList<>();
      for (RecordedCall c : calls) {
        if (!type.equals(c.type())) {
          continue;
        }
        Optional<Duration> d = c.span(Span.ON_SCENE);
        if (c.selfInitiated()) {
          leftOut.merge("selfInitiated", 1, Integer::sum);
        } else if (d.isEmpty()) {
          leftOut.merge(
              c.firstUnit().isEmpty() ? "noUnit" : "noOnSceneOrClearTime", 1, Integer::sum);
        } else if (d.get().toMillis() <= 0) {
          leftOut.merge("zeroOnScene", 1, Integer::sum);
        } else {
          minutes.add(d.get().toMillis() / 60_000.0);
        }
      }
      DurationFit.fit(
          findings,
          "onScene." + type,
          String.format(TARGET, type),
          minutes,
          leftOut,
          "log-normal (maximum likelihood on the logarithms) of the first unit's on scene to cleared, "
              + type
              + " calls",
          "minutes on scene",
          Map.of());
    }
  }
}
