// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.drill.DrillState;
import org.patrolsim.dispatch.testing.Await;
import org.patrolsim.dispatch.testing.EventStreamClient;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.TestDrill;
import org.patrolsim.sim.RunStatus;

/**
 * The drill's web server, for real on 127.0.0.1 (Monaco, 60 x real time): observers may watch but
 * not control (401 without the token, 403 with a wrong one, and nothing changes); every control is
 * checked and a bad one gets a 4xx naming the field, with nothing changed; a page that reconnects
 * is sent the present state first.
 */
@IntegrationTest
class DrillServerTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ROAD = "\"lat\": 43.7397, \"lon\": 7.4270";

  @TempDir static Path dir;
  static TestDrill drill;

  @BeforeAll
  static void startTheDrill() {
    drill = TestDrill.monaco(dir, 60);
    waitFor(() -> state().has("frame"), "the first frame");
  }

  @AfterAll
  static void stop() {
    drill.close();
  }

  static JsonNode state() {
    return json(drill.get("/api/state"));
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError(r.body(), e);
    }
  }

  static RunStatus status() {
    return drill.session().status().toCompletableFuture().join();
  }

  static void waitFor(BooleanSupplier condition, String what) {
    Await.until(condition, what);
  }

  static long injected() {
    return state().get("frame").get("kpis").get("injected").asLong();
  }

  @Test
  void controlsWithoutTheTrainersTokenAreRefusedAndChangeNothing() {
    List<String> log = drill.logLines();
    long injected = injected();
    String[][] requests = {
      {"/api/control/pause", "{}"},
      {"/api/control/end", "{}"},
      {"/api/control/speed", "{\"speed\": 1}"},
      {"/api/control/jump", "{\"timeMs\": 80000000}"},
      {"/api/incidents", "{\"type\": \"violent\", " + ROAD + "}"}
    };
    for (String[] r : requests) {
      HttpResponse<String> none = drill.post(r[0], r[1], null);
      assertThat(none.statusCode()).as(r[0] + " without a token").isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
      assertThat(json(none).get("error").asText()).contains("trainer's token");
      HttpResponse<String> wrong = drill.post(r[0], r[1], "Bearer " + drill.token().value() + "x");
      assertThat(wrong.statusCode()).as(r[0] + " with a wrong token").isEqualTo(403);
      assertThat(drill.post(r[0], r[1], "Basic " + drill.token().value()).statusCode())
          .as(r[0] + ", not a bearer")
          .isEqualTo(401);
    }
    assertThat(drill.logLines()).as("nothing logged").isEqualTo(log);
    assertThat(drill.session().state()).isEqualTo(DrillState.RUNNING);
    RunStatus s = status();
    assertThat(s.paused()).isFalse();
    assertThat(s.speed()).isEqualTo(60);
    long before = s.simulatedNow();
    waitFor(
        () -> status().simulatedNow() > before + 30_000,
        "simulated time still going at the same pace");
    assertThat(injected()).isEqualTo(injected);
  }

  @Test
  void aMalformedInjectionGets400NamingTheFieldAndChangesNothing() {
    List<String> log = drill.logLines();
    long injected = injected();
    String[] bad = {
      "{\"type\": \"violent\", \"lat\": 43.70, \"lon\": 7.30}",
      "lat, lon: 43.700000, 7.300000 is off the map",
      "{\"type\": \"alien landing\", " + ROAD + "}",
      "type: unknown incident type 'alien landing'; expected one of violent",
      "{\"type\": \"violent\", \"lon\": 7.4270}",
      "lat: missing",
      "{\"type\": \"violent\", \"lat\": 95, \"lon\": 7.4270}",
      "lat: expected a number from -90 to 90, got 95",
      "{\"type\": \"violent\", \"units\": 3, " + ROAD + "}",
      "units: expected 1, or 2",
      "{\"type\": \"violent\", \"units\": 4294967297, " + ROAD + "}",
      "units: expected 1, or 2 for a call that needs a backup unit, got 4294967297",
      "{\"type\": \"violent\", \"units\": -4294967295, " + ROAD + "}",
      "units: expected 1, or 2 for a call that needs a backup unit, got -4294967295",
      "{\"type\": \"violent\", \"lat\": 1e400, \"lon\": 7.4270}",
      "lat: expected a number from -90 to 90",
      "{\"type\": \"violent\", \"type\": \"dispute\", " + ROAD + "}",
      "the body is not JSON: line 1, column 27: the field 'type' is given twice;"
          + " give each field once",
      "{\"type\": \"violent\", \"priority\": \"asap\", " + ROAD + "}",
      "priority: expected urgent, normal or low",
      "{\"type\": \"violent\", \"colour\": \"red\", " + ROAD + "}",
      "colour: unknown field",
      "{\"lat\": 43.7397, \"lon\": 7.4270}",
      "type: missing",
      "[1, 2]",
      "expected a JSON object",
      "{\"type\": \"violent\", " + ROAD,
      "the body is not JSON"
    };
    for (int i = 0; i < bad.length; i += 2) {
      String body = bad[i];
      HttpResponse<String> r = drill.trainer("/api/incidents", body);
      assertThat(r.statusCode()).as(body).isEqualTo(400);
      assertThat(json(r).get("error").asText())
          .as(body)
          .startsWith(bad[i + 1])
          .doesNotContain("\n");
    }
    assertThat(drill.logLines()).as("nothing logged").isEqualTo(log);
    assertThat(injected()).isEqualTo(injected);
  }

  @Test
  void badControlsGet4xxWithAClearMessage() {
    List<String> log = drill.logLines();
    long now = status().simulatedNow();
    record Bad(String path, String body, int status, String message) {}
    for (Bad b :
        List.of(
            new Bad(
                "/api/control/speed",
                "{\"speed\": 0}",
                400,
                "speed: expected a pace from 0.1 to 3600"),
            new Bad("/api/control/speed", "{\"speed\": \"fast\"}", 400, "speed: expected a number"),
            new Bad("/api/control/speed", "{}", 400, "speed: expected a number"),
            new Bad(
                "/api/control/jump",
                "{\"timeMs\": " + Math.max(1, now - 1000) + "}",
                400,
                "timeMs: "),
            new Bad("/api/control/jump", "{\"timeMs\": 999999999999}", 400, "timeMs: "),
            new Bad("/api/control/jump", "{\"timeMs\": 1.5}", 400, "timeMs: expected"),
            new Bad(
                "/api/control/jump",
                "{\"timeMs\": 99999999999999999999999}",
                400,
                "timeMs: expected"),
            new Bad(
                "/api/control/speed",
                "{\"speed\": 60, \"speed\": 3600}",
                400,
                "the body is not JSON: line 1, column 22: the field 'speed' is given twice"),
            new Bad(
                "/api/control/pause",
                "{\"now\": true}",
                400,
                "now: unknown field; expected no fields"),
            new Bad("/api/control/rewind", "{}", 400, "control: unknown control 'rewind'"))) {
      HttpResponse<String> r = drill.trainer(b.path(), b.body());
      assertThat(r.statusCode()).as(b.path() + " " + b.body()).isEqualTo(b.status());
      assertThat(json(r).get("error").asText())
          .as(b.path() + " " + b.body())
          .startsWith(b.message());
    }
    HttpResponse<String> text =
        drill.send(
            HttpRequest.newBuilder(drill.uri("/api/control/pause"))
                .header("Authorization", "Bearer " + drill.token().value())
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("pause")));
    assertThat(text.statusCode()).isEqualTo(415);
    HttpResponse<String> huge =
        drill.trainer("/api/incidents", "{\"type\": \"" + "x".repeat(40_000) + "\"}");
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(json(huge).get("error").asText())
        .isEqualTo(
            "the body is too large: a request holds at most "
                + ControlRoutes.MAX_BODY
                + " bytes of JSON");
    HttpResponse<String> get = drill.get("/api/control/pause");
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(json(get).get("error").asText()).contains("POST");
    assertThat(drill.get("/api/nothing").statusCode()).isEqualTo(404);
    assertThat(drill.logLines()).as("nothing logged").isEqualTo(log);
    assertThat(status().paused()).isFalse();
    assertThat(status().speed()).isEqualTo(60);
  }

  @Test
  void theServerListensOn127001AndAnswersOnlyToLoopbackNames() throws Exception {
    InetSocketAddress at = drill.server().address();
    assertThat(at.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    assertThat(drill.server().observerUrl().toString())
        .startsWith("http://127.0.0.1:" + at.getPort() + "/");
    Optional<InetAddress> other =
        NetworkInterface.networkInterfaces()
            .flatMap(NetworkInterface::inetAddresses)
            .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
            .findFirst();
    if (other.isPresent()) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(other.get(), at.getPort()), 2000);
        throw new AssertionError("the drill answered on " + other.get());
      } catch (java.net.ConnectException expected) {
        // refused: nothing listens there
      }
    }
    assertThat(statusWithHost(at, "drill.example.com:" + at.getPort()))
        .as("a name rebound to this machine")
        .startsWith("HTTP/1.1 421");
    assertThat(statusWithHost(at, "localhost:" + at.getPort())).startsWith("HTTP/1.1 200");
  }

  /**
   * The status line of a GET /api/state sent with the given Host header (Java's HTTP client will
   * not set it).
   */
  static String statusWithHost(InetSocketAddress at, String host) throws IOException {
    try (Socket s = new Socket(at.getAddress(), at.getPort())) {
      s.setSoTimeout(10_000);
      s.getOutputStream()
          .write(
              ("GET /api/state HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return new java.io.BufferedReader(
              new java.io.InputStreamReader(
                  s.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
          .readLine();
    }
  }

  @Test
  void anotherHostListensWhereItSaysAndAnswersAnyName(@TempDir Path elsewhere) throws Exception {
    try (TestDrill open = TestDrill.monacoOn("0.0.0.0", elsewhere, 60)) {
      InetSocketAddress at = open.server().address();
      assertThat(at.getAddress().isAnyLocalAddress()).as("every interface").isTrue();
      assertThat(
              statusWithHost(
                  new InetSocketAddress(InetAddress.getLoopbackAddress(), at.getPort()),
                  "drill.example.com:" + at.getPort()))
          .as("no loopback-only Host check")
          .startsWith("HTTP/1.1 200");
      Optional<InetAddress> other =
          NetworkInterface.networkInterfaces()
              .flatMap(NetworkInterface::inetAddresses)
              .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
              .findFirst();
      if (other.isPresent()) {
        assertThat(
                statusWithHost(
                    new InetSocketAddress(other.get(), at.getPort()), other.get().getHostAddress()))
            .as("reachable on " + other.get())
            .startsWith("HTTP/1.1 200");
      }
      assertThat(open.post("/api/control/pause", "{}", null).statusCode())
          .as("control still needs the token")
          .isEqualTo(401);
      assertThat(open.get("/").body())
          .as("the page warns that control travels in clear text")
          .containsOnlyOnce(PageAssets.PLAIN_HTTP_BANNER)
          .doesNotContain(PageAssets.BANNER_PLACE);
    }
  }

  @Test
  void thePageAndItsAssetsComeFromTheDrillItself() {
    HttpResponse<String> page = drill.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("script-src 'self'", "connect-src 'self'", "default-src 'none'"));
    assertThat(page.body())
        .contains("/assets/leaflet.js", "/assets/echarts.js", "/assets/drill.js")
        .doesNotContain("http://", "https://")
        .as("no plain-HTTP banner on 127.0.0.1")
        .doesNotContain("plain-http");
    for (String asset :
        List.of("leaflet.js", "leaflet.css", "echarts.js", "drill.js", "drill.css")) {
      HttpResponse<String> r = drill.get("/assets/" + asset);
      assertThat(r.statusCode()).as(asset).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElseThrow())
          .as(asset)
          .startsWith(asset.endsWith(".js") ? "application/javascript" : "text/css");
    }
    JsonNode plan = json(drill.get("/api/plan"));
    assertThat(plan.get("cars")).hasSize(6);
    assertThat(plan.get("types").get(0).get("name").asText()).isEqualTo("violent");
    assertThat(plan.get("roads").get("lines").size()).isGreaterThan(100);
    assertThat(drill.get("/report.html").statusCode())
        .as("no report before the end")
        .isEqualTo(404);
  }

  @Test
  void aPageThatReconnectsIsSentThePresentStateFirst() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long firstSeen;
    try (EventStreamClient first = new EventStreamClient(http, drill.uri("/api/events"))) {
      EventStreamClient.Event e = first.next("update", 10);
      assertThat(e).as("a first event").isNotNull();
      JsonNode snapshot = JSON.readTree(e.data());
      assertThat(snapshot.get("snapshot").asBoolean()).isTrue();
      firstSeen = snapshot.get("frame").get("simMs").asLong();
      JsonNode update = JSON.readTree(first.next("update", 10).data());
      assertThat(update.get("snapshot").asBoolean()).as("then updates").isFalse();
      assertThat(update.get("frame").get("cars")).hasSize(6 * 4);
    }
    HttpResponse<String> injected =
        drill.trainer("/api/incidents", "{\"type\": \"dispute\", " + ROAD + "}");
    assertThat(injected.statusCode()).isEqualTo(200);
    long n = json(injected).get("n").asLong();
    waitFor(() -> injected() >= n, "the injected call received");
    try (EventStreamClient again = new EventStreamClient(http, drill.uri("/api/events"))) {
      JsonNode snapshot = JSON.readTree(again.next("update", 10).data());
      assertThat(snapshot.get("snapshot").asBoolean()).isTrue();
      assertThat(snapshot.get("frame").get("simMs").asLong()).isGreaterThan(firstSeen);
      boolean seen = false;
      for (JsonNode i : snapshot.get("incidents")) {
        seen |= i.get("injection").asLong() == n;
      }
      assertThat(seen).as("the incident injected while the page was away").isTrue();
    }
  }
}
