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
 * log-normal, on the calls whose en-route time is recorded and differs from the dispatch time. When
 * at least half the first units with an en-route time were en route at dispatch, the median turnout
 * is 0: the fit is no turnout ({@code {median: 0, p90: 0}}, as the scenario states it), not a
 * log-normal of the few that took time (in a simulated export, the station teams'). Not fitted when
 * no call has an en-route time apart from the dispatch time.
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
      findings.add(
          new NotFitted(
              "carTurnout",
              TARGET,
              "the records give no en-route time apart from the dispatch time"
                  + (leftOut.isEmpty() ? "" : " " + leftOut)));
      return;
    }
    int atDispatch = leftOut.getOrDefault("enRouteAtDispatch", 0);
    if (atDispatch >= values.size()) {
      Map<String, Object> none = new LinkedHashMap<>();
      none.put("median", 0.0);
      none.put("p90", 0.0);
      double share = (double) atDispatch / (atDispatch + values.size());
      Map<String, Integer> out = new LinkedHashMap<>(leftOut);
      out.remove("enRouteAtDispatch");
      findings.add(
          new Fit(
              "carTurnout",
              TARGET,
              none,
              Map.of("withTurnout", values.size(), "atDispatch", atDispatch),
              "the median of the first unit's dispatch to en route is 0: "
                  + atDispatch
                  + " of "
                  + (atDispatch + values.size())
                  + " were en route at dispatch, so no turnout",
              atDispatch + values.size(),
              new Goodness(
                  "share en route at dispatch",
                  ArrivalFit.round(share, 4),
                  "at least 0.5: the median turnout is 0 (the scenario takes median 0 only with p90 0)"),
              out,
              null));
      return;
    }
    DurationFit.fit(
        findings,
        "carTurnout",
        TARGET,
        values,
        leftOut,
        "log-normal (maximum likelihood on the logarithms) of the first unit's dispatch to en route, where the"
            + " en-route time is recorded and later than the dispatch",
        "seconds from dispatch to en route",
        Map.of());
  }
}
