// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

/**
 * A self-contained page of charts beside the report (sweep.html, sensitivity.html): Apache ECharts
 * inlined as in report.html, so the page asks for nothing when opened, its data embedded as JSON in
 * a script element ({@code id="data"}), and its own style, body and script; report.html's content
 * policy forbids any request.
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
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
        script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
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
