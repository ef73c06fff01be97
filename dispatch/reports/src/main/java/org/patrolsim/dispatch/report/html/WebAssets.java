// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JavaScript and CSS inlined into report.html, read from the WebJars on the classpath (Leaflet
 * for the map, Apache ECharts for the charts) and from this package (the report's own script, style
 * and page). Leaflet's CSS images become data: URLs, so the page asks for nothing when opened.
 * Loaded once. The live drill's page gets the same Leaflet and ECharts from here ({@link
 * #library}).
 */
public final class WebAssets {
  private static final Pattern CSS_URL = Pattern.compile("url\\((images/[a-z0-9-]+\\.png)\\)");

  final String leafletVersion;
  final String echartsVersion;
  final String leafletJs;
  final String leafletCss;
  final String echartsJs;
  final String page;
  final String css;
  final String js;

  private WebAssets() {
    leafletVersion = version("leaflet");
    echartsVersion = version("echarts");
    String leaflet = "META-INF/resources/webjars/leaflet/" + leafletVersion + "/dist/";
    leafletJs = script(read(leaflet + "leaflet.js"));
    leafletCss = inlineImages(read(leaflet + "leaflet.css"), leaflet);
    echartsJs =
        script(
            read("META-INF/resources/webjars/echarts/" + echartsVersion + "/dist/echarts.min.js"));
    String own = "org/patrolsim/dispatch/report/html/";
    page = read(own + "report.html");
    css = read(own + "report.css");
    js = script(read(own + "report.js"));
  }

  private static final class Holder {
    static final WebAssets ASSETS = new WebAssets();
  }

  static WebAssets get() {
    return Holder.ASSETS;
  }

  /**
   * The libraries the report inlines, by file name: leaflet.js, leaflet.css (images inlined),
   * echarts.js.
   */
  public static String library(String name) {
    WebAssets a = get();
    return switch (name) {
      case "leaflet.js" -> a.leafletJs;
      case "leaflet.css" -> a.leafletCss;
      case "echarts.js" -> a.echartsJs;
      default -> throw new IllegalArgumentException("no library " + name);
    };
  }

  /**
   * A page of a patrolsim command that needs nothing but itself: Leaflet and Apache ECharts
   * inlined, {@code data} embedded as JSON in a script element of id {@code command + "-data"}, a
   * policy that forbids any request, then the command's own {@code css}, {@code body} and {@code
   * js} (compare.html, optimise.html).
   *
   * @param command the command's name, e.g. "compare"
   * @param data the page's data, already JSON
   */
  public static String commandPage(
      String command, String css, String body, String data, String js) {
    return """
        <!DOCTYPE html>
        <!-- SPDX-License-Identifier: Apache-2.0. Written by patrolsim %s; Leaflet (BSD-2-Clause) \
        and Apache ECharts (Apache-2.0) inlined. -->
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
        script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
        <title>patrolsim %s</title>
        <style>"""
            .formatted(command, command)
        + library("leaflet.css")
        + "</style>\n<style>"
        + css
        + """
        </style>
        </head>
        <body>
        """
        + body
        + "<script type=\"application/json\" id=\""
        + command
        + "-data\">"
        + data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        + "</script>\n<script>"
        + library("leaflet.js")
        + "</script>\n<script>"
        + library("echarts.js")
        + "</script>\n<script>"
        + script(text(WebAssets.class, "org/patrolsim/dispatch/report/html/command-page.js"))
        + "</script>\n<script>"
        + script(js)
        + """
        </script>
        </body>
        </html>
        """;
  }

  /** A text file on {@code owner}'s class path, e.g. a page's own script beside its class. */
  public static String text(Class<?> owner, String path) {
    try (InputStream in = owner.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing on the classpath: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The libraries' names and versions, e.g. "Leaflet 1.9.4". */
  public static java.util.List<String> libraryVersions() {
    return java.util.List.of(
        "Leaflet " + get().leafletVersion, "Apache ECharts " + get().echartsVersion);
  }

  /** The version of a WebJar on the classpath, from its Maven metadata. */
  private static String version(String artifact) {
    Properties p = new Properties();
    try (InputStream in =
        resource("META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }

  /** A script made safe to sit inside a script element: no {@code </script} can end it early. */
  static String script(String js) {
    return js.replaceAll("(?i)</(script)", "<\\\\/$1");
  }

  private static String inlineImages(String css, String dir) {
    Matcher m = CSS_URL.matcher(css);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      byte[] png = bytes(dir + m.group(1));
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(
              "url(data:image/png;base64," + Base64.getEncoder().encodeToString(png) + ")"));
    }
    m.appendTail(out);
    return out.toString().replaceAll("(?i)</(style)", "<\\\\/$1");
  }

  private static String read(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String path) {
    try (InputStream in = resource(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static InputStream resource(String path) {
    InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException(
          "missing on the classpath: " + path + " (a WebJar of the build)");
    }
    return in;
  }
}
