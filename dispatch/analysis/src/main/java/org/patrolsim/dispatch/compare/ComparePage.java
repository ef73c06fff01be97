// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    return """
        <!DOCTYPE html>
        <!-- SPDX-License-Identifier: Apache-2.0. Written by patrolsim compare; Leaflet (BSD-2-Clause) \
        and Apache ECharts (Apache-2.0) inlined. -->
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
        script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
        <title>patrolsim compare</title>
        <style>"""
        + WebAssets.library("leaflet.css")
        + "</style>\n<style>"
        + resource("compare.css")
        + """
        </style>
        </head>
        <body>
        """
        + resource("compare-body.html")
        + "<script type=\"application/json\" id=\"compare-data\">"
        + dataJson.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        + "</script>\n<script>"
        + WebAssets.library("leaflet.js")
        + "</script>\n<script>"
        + WebAssets.library("echarts.js")
        + "</script>\n<script>"
        + resource("compare.js").replaceAll("(?i)</(script)", "<\\\\/$1")
        + """
        </script>
        </body>
        </html>
        """;
  }

  private static String resource(String name) {
    try (InputStream in = ComparePage.class.getClassLoader().getResourceAsStream(OWN + name)) {
      if (in == null) {
        throw new IllegalStateException("missing on the classpath: " + OWN + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
