// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;

/**
 * What became of the calls a patrol could have settled: by incident type, by the delay from the
 * call to the first unit on scene, the settleable calls a patrol attended but did not settle (too
 * late, or a crew with a lower settle factor than the plan's best), and the repeat calls.
 * Definitions in docs/MODEL.md §3.
 */
final class StreetDisposalTally {
  /**
   * Upper bounds (minutes from the call to the first unit on scene) of the delay bands; the last is
   * open.
   */
  static final int[] BAND_MINUTES = {5, 10, 20, 40};

  private final Map<String, long[]> byType = new TreeMap<>();
  private final long[][] byBand = new long[BAND_MINUTES.length + 1][2];
  long attendedNotSettled;
  long repeatCalls;

  void add(IncidentTimeline t) {
    boolean street = t.disposal() == Disposal.STREET;
    attendedNotSettled += t.settleable() && t.disposal() == Disposal.HANDED_OVER ? 1 : 0;
    repeatCalls += t.repeatOf() != 0 ? 1 : 0;
    long[] type = byType.computeIfAbsent(t.type(), k -> new long[3]);
    type[0]++;
    if (t.patrolAttended()) {
      type[1]++;
      type[2] += street ? 1 : 0;
      long[] band = byBand[band(t.firstArrivalSeconds())];
      band[0]++;
      band[1] += street ? 1 : 0;
    }
  }

  /**
   * The band of a delay in seconds: 0-5, 5-10, 10-20, 20-40 minutes (upper bound inclusive), 40+.
   */
  static int band(double seconds) {
    for (int i = 0; i < BAND_MINUTES.length; i++) {
      if (seconds <= BAND_MINUTES[i] * 60.0) {
        return i;
      }
    }
    return BAND_MINUTES.length;
  }

  /** Per type, in name order: the type, its calls, patrol-attended, settled, settled of calls. */
  List<Object> byType() {
    List<Object> out = new ArrayList<>();
    byType.forEach(
        (type, n) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("type", type);
          m.put("calls", n[0]);
          m.put("patrolAttended", n[1]);
          m.put("settled", n[2]);
          m.put("share", n[0] == 0 ? 0.0 : RunReport.round(n[2] / (double) n[0]));
          out.add(m);
        });
    return out;
  }

  /** Per delay band: patrol-attended calls, settled, settled of attended. */
  Map<String, Object> byArrivalDelay() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < byBand.length; i++) {
      String name =
          i == 0
              ? "0-" + BAND_MINUTES[0]
              : i < BAND_MINUTES.length
                  ? BAND_MINUTES[i - 1] + "-" + BAND_MINUTES[i]
                  : BAND_MINUTES[i - 1] + "+";
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("patrolAttended", byBand[i][0]);
      m.put("settled", byBand[i][1]);
      m.put(
          "settledShare",
          byBand[i][0] == 0 ? 0.0 : RunReport.round(byBand[i][1] / (double) byBand[i][0]));
      out.put(name, m);
    }
    return out;
  }
}
