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

  private final Map<String, HttpResponse> assets;
  private final HttpResponse page;

  PageAssets() {
    String own = "org/patrolsim/dispatch/drill/web/";
    page =
        response(ContentTypes.TEXT_HTML_UTF8, read(own + "drill.html"))
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
