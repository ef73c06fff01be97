// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

/**
 * A self-contained page of charts beside the report (sweep.html, sensitivity.html): Apache ECharts
 * inlined as in report.html, so the page asks for nothing when opened, its data embedded as JSON in
 * a script element ({@code id="data"}), and its own style, body and script.
 */
public final class ChartPage {
  private ChartPage() {}

  /**
   * The page's HTML.
   *
   * @param dataJson the page's data as JSON (made safe here for a script element)
   */
  public static String html(String title, String css, String body, String dataJson, String script) {
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>"""
        + title
        + """
        </title>
        <style>
        """
        + css
        + """
        </style>
        <script>
        """
        + WebAssets.library("echarts.js")
        + """
        </script>
        </head>
        <body>
        """
        + body
        + """
        <script type="application/json" id="data">"""
        + dataJson.replace("</", "<\\/")
        + """
        </script>
        <script>
        """
        + script
        + """
        </script>
        </body>
        </html>
        """;
  }
}
