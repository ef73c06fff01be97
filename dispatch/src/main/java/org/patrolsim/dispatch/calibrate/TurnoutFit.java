// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patrolsim.dispatch.records.RecordedCall;
import org.patrolsim.dispatch.records.Span;

/**
 * Patrol-car turnout ({@code response.carTurnoutSeconds}): the first unit's dispatch to en route,
 * log-normal, on the calls whose en-route time is recorded and differs from the dispatch time (an export
 * that stamps both at once says nothing of turnout). Not fitted when no call has one.
 */
final class TurnoutFit {
  static final String TARGET = "response.carTurnoutSeconds";

  private TurnoutFit() {}

  static void fit(List<RecordedCall> calls, Findings findings) {
    Map<String, Integer> leftOut = new LinkedHashMap<>();
    List<Double> values = new ArrayList<>();
    for (RecordedCall c : calls) {
      Optional<Duration> d = c.span(Span.TURNOUT);
      if (c.firstUnit().isEmpty()) {
        leftOut.merge("noUnit", 1, Integer::sum);
      } else if (d.isEmpty()) {
        leftOut.merge("noEnRouteTime", 1, Integer::sum);
      } else if (d.get().toMillis() <= 0) {
        leftOut.merge("enRouteAtDispatch", 1, Integer::sum);
      } else {
        values.add(d.get().toMillis() / 1000.0);
      }
    }
    if (values.isEmpty()) {
      findings.add(new NotFitted("carTurnout", TARGET,
          "the records give no en-route time apart from the dispatch time" + (leftOut.isEmpty() ? "" : " " + leftOut)));
      return;
    }
    DurationFit.fit(findings, "carTurnout", TARGET, values, leftOut,
        "log-normal (maximum likelihood on the logarithms) of the first unit's dispatch to en route, where the"
            + " en-route time is recorded and later than the dispatch", "seconds from dispatch to en route", Map.of());
  }
}
