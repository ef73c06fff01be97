// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill.web;

import akka.http.javadsl.model.ContentType;
import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpCharsets;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.MediaTypes;
import akka.http.javadsl.model.headers.RawHeader;
import akka.util.ByteString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.patrolsim.dispatch.report.html.WebAssets;

/**
 * The drill page and what it loads, all from this server: its own drill.html, drill.css and
 * drill.js (resources beside this class), and the Leaflet and ECharts the report inlines, from the
 * same WebJars. Nothing comes from the internet. Read once.
 */
final class PageAssets {
  /** The page may load scripts, styles and data only from this server; nothing may frame it. */
  static final String POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private static final ContentType JS =
      MediaTypes.APPLICATION_JAVASCRIPT.toContentType(HttpCharsets.UTF_8);
  private static final ContentType CSS = MediaTypes.TEXT_CSS.toContentType(HttpCharsets.UTF_8);

  /** Where drill.html holds the plain-HTTP banner, when the drill is served to other machines. */
  static final String BANNER_PLACE = "<!-- plain-http banner -->";

  /**
   * The page's banner when the drill listens beyond this machine: it has no TLS, so whatever the
   * page sends travels in clear text to any client elsewhere.
   */
  static final String PLAIN_HTTP_BANNER =
      "<div id=\"plain-http\" class=\"banner warning\" role=\"alert\">This drill is served over"
          + " plain HTTP to other machines (it offers no TLS): the trainer's token and every control"
          + " travel unencrypted, and anyone on the network between can read them and take control."
          + " Run it on a trusted network only, or on this machine alone (the default address"
          + " 127.0.0.1).</div>";

  private final Map<String, HttpResponse> assets;
  private final HttpResponse page;

  /**
   * @param beyondThisMachine whether the drill listens on an address other machines reach (not
   *     loopback): the page then carries {@link #PLAIN_HTTP_BANNER}
   */
  PageAssets(boolean beyondThisMachine) {
    String own = "org/patrolsim/dispatch/drill/web/";
    String html = read(own + "drill.html");
    if (!html.contains(BANNER_PLACE)) {
      throw new IllegalStateException("drill.html has no " + BANNER_PLACE);
    }
    page =
        response(
                ContentTypes.TEXT_HTML_UTF8,
                html.replace(BANNER_PLACE, beyondThisMachine ? PLAIN_HTTP_BANNER : ""))
            .addHeader(RawHeader.create("Content-Security-Policy", POLICY));
    assets =
        Map.of(
            "drill.js", response(JS, read(own + "drill.js")),
            "drill.css", response(CSS, read(own + "drill.css")),
            "leaflet.js", response(JS, WebAssets.library("leaflet.js")),
            "leaflet.css", response(CSS, WebAssets.library("leaflet.css")),
            "echarts.js", response(JS, WebAssets.library("echarts.js")));
  }

  HttpResponse page() {
    return page;
  }

  /** The asset of that name, or null. */
  HttpResponse asset(String name) {
    return assets.get(name);
  }

  private static HttpResponse response(ContentType type, String text) {
    return HttpResponse.create()
        .withEntity(HttpEntities.create(type, ByteString.fromString(text, StandardCharsets.UTF_8)))
        .addHeader(RawHeader.create("Cache-Control", "no-cache"));
  }

  private static String read(String path) {
    try (InputStream in = PageAssets.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing on the classpath: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
