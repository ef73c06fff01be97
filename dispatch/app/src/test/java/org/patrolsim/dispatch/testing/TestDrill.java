// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import akka.actor.typed.ActorSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.patrolsim.dispatch.drill.DrillActorSystem;
import org.patrolsim.dispatch.drill.DrillSession;
import org.patrolsim.dispatch.drill.DrillSettings;
import org.patrolsim.dispatch.drill.web.DrillServer;
import org.patrolsim.dispatch.drill.web.TrainerToken;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.report.geojson.PlanMap;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.sim.WallClock;

/**
 * A live drill served on 127.0.0.1 at a free port by the real server, for the drill's tests: the
 * small Monaco plan ({@code scenarios/monaco-small.yaml} on the real map), or the default scenario
 * on the demo city; with a client for its HTTP API. Close it to stop the server, the run and the
 * actor system.
 */
public final class TestDrill implements AutoCloseable {
  private final RoadNetwork network;
  private final ActorSystem<Void> system;
  private final DrillSession session;
  private final DrillServer server;
  private final TrainerToken token = TrainerToken.random();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private TestDrill(
      LoadedScenario loaded,
      RoadNetwork network,
      Path dir,
      double speed,
      String host,
      Function<RunReport, Map<String, Object>> onEnd) {
    this.network = network;
    CityModel model = CityModelBuilder.build(loaded, network);
    system = DrillActorSystem.create();
    session =
        DrillSession.create(
            model,
            new DrillSettings(
                speed,
                WallClock.system(),
                dir.resolve("drill-log.jsonl"),
                Map.of("scenario", loaded.source()),
                onEnd));
    server = DrillServer.start(system, session, PlanMap.of(model), host, 0, token, null);
    session.start(system);
  }

  /**
   * A drill of the small Monaco plan at {@code speed} x the real clock, whose end writes nothing.
   */
  public static TestDrill monaco(Path dir, double speed, String... overrides) {
    return monacoOn("127.0.0.1", dir, speed, overrides);
  }

  /** As {@link #monaco}, served on {@code host} (as {@code --host} would). */
  public static TestDrill monacoOn(String host, Path dir, double speed, String... overrides) {
    List<String> all =
        new java.util.ArrayList<>(
            List.of(
                "map.osm=" + MonacoRun.MONACO.toAbsolutePath(),
                "map.cacheDir=" + TestMaps.CACHE.toAbsolutePath()));
    all.addAll(List.of(overrides));
    return new TestDrill(
        ScenarioLoader.load(MonacoRun.scenario("monaco-small.yaml"), all),
        RoadNetwork.load(MonacoRun.MONACO, TestMaps.CACHE),
        dir,
        speed,
        host,
        r -> Map.of("report", "/report.html"));
  }

  /**
   * A drill of the default scenario (the demo city, 48 cars) at {@code speed} x the real clock,
   * whose end writes nothing; the demo city is imported on first use into target/test-graph-cache.
   */
  public static TestDrill demoCity(Path dir, double speed) {
    Path cache = TestMaps.CACHE.toAbsolutePath();
    LoadedScenario loaded = ScenarioLoader.loadDefault(List.of("map.cacheDir=" + cache));
    return new TestDrill(
        loaded,
        RoadNetwork.demoCity(cache),
        dir,
        speed,
        "127.0.0.1",
        r -> Map.of("report", "/report.html"));
  }

  public DrillSession session() {
    return session;
  }

  public DrillServer server() {
    return server;
  }

  public TrainerToken token() {
    return token;
  }

  public URI uri(String path) {
    return server.observerUrl().resolve(path);
  }

  /** GET, as an observer. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** POST a JSON body with the trainer's token. */
  public HttpResponse<String> trainer(String path, String json) {
    return post(path, json, "Bearer " + token.value());
  }

  /** POST a JSON body with the given Authorization header (null: none). */
  public HttpResponse<String> post(String path, String json, String authorization) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json");
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b);
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The drill log's lines so far. */
  public List<String> logLines() {
    try {
      return Files.readAllLines(session.logFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      if (!session.finished().toCompletableFuture().isDone()) {
        session.end();
      }
      try {
        session.finished().toCompletableFuture().get(60, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        // a test that failed may leave the drill in any state; the system stops all the same
      }
      system.terminate();
      system.getWhenTerminated().toCompletableFuture().join();
      network.close();
    }
  }
}
