// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The readable KPI table printed at the end of a run. */
public final class ConsoleTable {
  private ConsoleTable() {}

  @SuppressWarnings("unchecked")
  public static String of(RunReport report) {
    Map<String, Object> s = report.summary();
    Map<String, Object> inc = (Map<String, Object>) s.get("incidents");
    Map<String, Object> rt = (Map<String, Object>) s.get("responseTimeSeconds");
    Map<String, Object> rings = (Map<String, Object>) s.get("arrivalWithinMinutesShare");
    Map<String, Object> veh = (Map<String, Object>) s.get("vehicles");
    Map<String, Object> cov = (Map<String, Object>) s.get("coverage");
    StringBuilder sb = new StringBuilder();
    line(sb, "seed / days", s.get("seed") + " / " + s.get("days"));
    line(sb, "incidents", String.valueOf(inc.get("total")));
    report.replayLeftOut().ifPresent(r -> line(sb, "replay rows left out", r.skippedRows() + " bad row(s) skipped"
        + (r.skippedRows() == 0 ? "" : " (lines " + r.firstSkippedLines().stream().map(String::valueOf)
            .collect(java.util.stream.Collectors.joining(", ")) + (r.skippedRows() > r.firstSkippedLines().size() ? ", ..." : "")
            + ")") + ", " + r.rowsOutsideHorizon() + " after the last day"));
    line(sb, "street-level disposal", inc.get("streetDisposed") + "  (" + pct(s.get("streetDisposalShare")) + ")");
    line(sb, "station call-outs", String.valueOf(inc.get("stationCallOuts")));
    line(sb, "handed over to stations", String.valueOf(inc.get("handedOver")));
    line(sb, "unserved at the end", String.valueOf(inc.get("unserved")));
    line(sb, "pre-emptions", String.valueOf(inc.get("preemptions")));
    for (Map.Entry<String, Object> e : rt.entrySet()) {
      Map<String, Object> st = (Map<String, Object>) e.getValue();
      line(sb, "response " + e.getKey() + " (s)", String.format(Locale.ROOT, "mean %s  p50 %s  p90 %s  (n=%s)",
          num(st.get("mean")), num(st.get("p50")), num(st.get("p90")), st.get("count")));
    }
    line(sb, "urgent within target", pct(s.get("urgentWithinTargetShare")));
    line(sb, "arrived within 1/3/5 min", pct(rings.get("1")) + " / " + pct(rings.get("3")) + " / " + pct(rings.get("5")));
    line(sb, "patrol cars / utilisation", veh.get("count") + " / " + pct(veh.get("utilization")));
    line(sb, "road within target of a free car", pct(cov.get("meanShareWithinTarget")));
    StringBuilder st = new StringBuilder();
    for (Object o : (List<Object>) s.get("stations")) {
      Map<String, Object> m = (Map<String, Object>) o;
      st.append(m.get("id")).append(':').append(m.get("callOuts")).append(' ');
    }
    line(sb, "call-outs per station", st.toString().trim());
    return sb.toString();
  }

  private static void line(StringBuilder sb, String label, String value) {
    sb.append(String.format(Locale.ROOT, "  %-34s %s%n", label, value));
  }

  private static String pct(Object share) {
    return share instanceof Number n && Double.isFinite(n.doubleValue())
        ? String.format(Locale.ROOT, "%.1f %%", n.doubleValue() * 100) : "-";
  }

  private static String num(Object v) {
    return v instanceof Number n && Double.isFinite(n.doubleValue())
        ? String.format(Locale.ROOT, "%.0f", n.doubleValue()) : "-";
  }
}
