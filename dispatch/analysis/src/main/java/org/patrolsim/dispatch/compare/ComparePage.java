// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.patrolsim.dispatch.report.html.WebAssets;

/**
 * compare.html: one self-contained page (Leaflet and Apache ECharts inlined from report.html's
 * {@link WebAssets}, the data embedded as JSON, a policy that forbids any request) with the
 * headline KPIs, every KPI's A, B, B - A and paired interval, the two runs' maps side by side
 * (moving one moves the other) and the response times and station call-outs overlaid.
 */
final class ComparePage {
  private static final String OWN = "org/patrolsim/dispatch/compare/";
  private static final ObjectMapper COMPACT = new ObjectMapper();

  private ComparePage() {}

  static String html(Map<String, Object> json, Map<String, Object> maps) {
    Map<String, Object> data = new LinkedHashMap<>(json);
    data.put("maps", maps);
    String dataJson;
    try {
      dataJson = COMPACT.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("compare.html's data must write", e);
    }
    return WebAssets.commandPage(
        "compare",
        resource("compare.css"),
        resource("compare-body.html"),
        dataJson,
        resource("compare.js"));
  }

  private static String resource(String name) {
    return WebAssets.text(ComparePage.class, OWN + name);
  }
}
