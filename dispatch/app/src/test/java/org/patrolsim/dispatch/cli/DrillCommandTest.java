// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.drill.DrillLog;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.testing.Await;
import org.patrolsim.dispatch.testing.IntegrationTest;
import picocli.CommandLine;

/**
 * {@code patrolsim drill} end to end, as a trainer drives it over HTTP on the real clock, then the
 * after-action review: {@code patrolsim run --injections DRILL-LOG} gives byte-identical
 * summary.json, incidents.csv and decisions.jsonl, with pauses, injections while paused, speed
 * changes and a jump in between, and also for a drill that runs to its end by itself. And the CLI's
 * bad input: one line, exit 2.
 */
@IntegrationTest
class DrillCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String[] PLAN = {
    RunCommandTest.scenario("monaco-small.yaml"),
    "--osm",
    RunCommandTest.MONACO,
    "--set",
    RunCommandTest.CACHE
  };
  static final String HOTSPOT = "\"lat\": 43.7397, \"lon\": 7.4270";
  static final String HARBOUR = "\"lat\": 43.7350, \"lon\": 7.4220";

  @TempDir Path dir;

  /** A drill command running in the background, with its output as it comes. */
  static final class RunningDrill {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final CompletableFuture<Integer> exit;
    final HttpClient http = HttpClient.newHttpClient();
    URI base;
    String token;

    RunningDrill(String... args) {
      CommandLine cli = PatrolSim.commandLine();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      exit = CompletableFuture.supplyAsync(() -> cli.execute(args));
      Matcher m =
          Pattern.compile("trainer .*: (http://127\\.0\\.0\\.1:\\d+/)#token=([A-Za-z0-9_-]+)")
              .matcher("");
      Await.until(() -> m.reset(out.toString()).find() || exit.isDone(), "the drill's address");
      assertThat(exit).as(err.toString()).isNotDone();
      base = URI.create(m.group(1));
      token = m.group(2);
    }

    JsonNode state() {
      return JSON.valueToTree(send(HttpRequest.newBuilder(base.resolve("/api/state")).GET()));
    }

    long simMs() {
      JsonNode frame = state().path("frame");
      return frame.isMissingNode() ? -1 : frame.get("simMs").asLong();
    }

    JsonNode incidentOf(long injection) {
      for (JsonNode i : state().path("incidents")) {
        if (i.get("injection").asLong() == injection) {
          return i;
        }
      }
      return null;
    }

    JsonNode trainer(String path, String body) {
      HttpResponse<String> r = raw(path, body);
      assertThat(r.statusCode()).as(path + " " + body + ": " + r.body()).isEqualTo(200);
      return read(r.body());
    }

    HttpResponse<String> raw(String path, String body) {
      try {
        return http.send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
      } catch (IOException | InterruptedException e) {
        throw new AssertionError(e);
      }
    }

    private Object send(HttpRequest.Builder request) {
      try {
        return read(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
      } catch (IOException | InterruptedException e) {
        throw new AssertionError(e);
      }
    }

    int awaitExit() throws Exception {
      return exit.get(120, TimeUnit.SECONDS);
    }
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(json, e);
    }
  }

  private String[] drillArgs(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("drill"));
    args.addAll(List.of(PLAN));
    args.addAll(List.of("--port", "0", "--linger", "0", "--out", out.toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private RunCommandTest.Outcome replay(Path log, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("run"));
    args.addAll(List.of(PLAN));
    args.addAll(List.of("--out", out.toString(), "--injections", log.toString()));
    args.addAll(List.of(more));
    return RunCommandTest.patrolsim(args.toArray(String[]::new));
  }

  private static void assertSameOutputs(Path drill, Path replay) throws IOException {
    for (String file : List.of(ReportFiles.SUMMARY, ReportFiles.INCIDENTS, ReportFiles.DECISIONS)) {
      assertThat(Files.readString(replay.resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(drill.resolve(file)));
      assertThat(Files.mismatch(replay.resolve(file), drill.resolve(file)))
          .as(file + " byte for byte")
          .isEqualTo(-1);
    }
  }

  @Test
  void aDrillWithPausesSpeedsAJumpAndInjectionsReplaysByteForByte() throws Exception {
    Path out = dir.resolve("drill");
    RunningDrill drill = new RunningDrill(drillArgs(out, "--speed", "300"));
    Await.until(() -> drill.simMs() >= 30 * 60_000, "half an hour of simulated time");

    JsonNode first = drill.trainer("/api/incidents", "{\"type\": \"violent\", " + HOTSPOT + "}");
    assertThat(first.get("incident").get("units").asInt()).as("the type's backup").isEqualTo(2);
    Await.until(
        () -> {
          JsonNode i = drill.incidentOf(1);
          return i != null && !i.get("units").isEmpty();
        },
        "a unit sent to the first injected incident");

    JsonNode paused = drill.trainer("/api/control/pause", "{}");
    assertThat(paused.get("paused").asBoolean()).isTrue();
    JsonNode second =
        drill.trainer(
            "/api/incidents", "{\"type\": \"dispute\", \"priority\": \"urgent\", " + HARBOUR + "}");
    JsonNode third =
        drill.trainer(
            "/api/incidents", "{\"type\": \"assistance\", \"units\": 2, " + HOTSPOT + "}");
    assertThat(second.get("timeMs").asLong())
        .as("both at the paused time")
        .isEqualTo(paused.get("timeMs").asLong())
        .isEqualTo(third.get("timeMs").asLong());
    drill.trainer("/api/control/speed", "{\"speed\": 600}");
    drill.trainer("/api/control/resume", "{}");
    long resumed = drill.simMs();
    Await.until(
        () -> drill.simMs() >= resumed + 20 * 60_000, "twenty simulated minutes after resuming");
    long jumpTo = drill.simMs() + 2 * 3_600_000L;
    JsonNode jumped = drill.trainer("/api/control/jump", "{\"timeMs\": " + jumpTo + "}");
    assertThat(jumped.get("timeMs").asLong()).isEqualTo(jumpTo);
    drill.trainer(
        "/api/incidents",
        "{\"type\": \"theft-report\", \"priority\": \"urgent\", " + HARBOUR + "}");
    Await.until(
        () -> {
          JsonNode i = drill.incidentOf(4);
          return i != null && i.get("firstArrivalMs").asLong() >= 0;
        },
        "a unit on the scene of the last injected incident");
    JsonNode end = drill.trainer("/api/control/end", "{}");
    assertThat(drill.awaitExit()).as(drill.err.toString()).isZero();

    assertThat(drill.out.toString())
        .contains(
            "ended at " + end.get("time").asText(),
            "ended by the trainer",
            "replay it: patrolsim run ",
            "--injections " + out.resolve(DrillLog.FILE));
    List<String> log = Files.readAllLines(out.resolve(DrillLog.FILE));
    assertThat(log.get(0)).contains("\"drill\":\"patrolsim drill log\"", "\"seed\":11");
    assertThat(log)
        .filteredOn(l -> l.contains("\"inject\""))
        .hasSize(4)
        .allMatch(l -> l.contains("\"timeMs\"") && l.contains("\"delta\""));
    assertThat(log)
        .anyMatch(l -> l.contains("\"control\":\"pause\""))
        .anyMatch(l -> l.contains("\"control\":\"jump\""))
        .anyMatch(l -> l.contains("\"control\":\"speed\""))
        .anyMatch(l -> l.contains("\"control\":\"end\""));
    JsonNode summary = read(Files.readString(out.resolve(ReportFiles.SUMMARY)));
    assertThat(summary.get("run").get("drained").asBoolean())
        .as("ended with incidents going on")
        .isFalse();

    RunCommandTest.Outcome replayed = replay(out.resolve(DrillLog.FILE), dir.resolve("replay"));
    assertThat(replayed.exit()).as(replayed.err()).isZero();
    assertThat(replayed.err()).doesNotContain("note:");
    assertSameOutputs(out, dir.resolve("replay"));

    RunCommandTest.Outcome plain =
        RunCommandTest.patrolsim(
            concat(List.of("run"), PLAN, "--out", dir.resolve("plain").toString()));
    assertThat(plain.exit()).isZero();
    assertThat(Files.readString(dir.resolve("plain").resolve(ReportFiles.INCIDENTS)))
        .as("the injections and the end make a difference the replay reproduces")
        .isNotEqualTo(Files.readString(out.resolve(ReportFiles.INCIDENTS)));
  }

  @Test
  void aDrillThatRunsToItsEndReplaysByteForByte() throws Exception {
    Path out = dir.resolve("drill");
    RunningDrill drill = new RunningDrill(drillArgs(out, "--speed", "600", "--days", "1"));
    Await.until(() -> drill.simMs() >= 10 * 60_000, "ten simulated minutes");
    drill.trainer("/api/incidents", "{\"type\": \"traffic\", " + HARBOUR + "}");
    drill.trainer("/api/control/jump", "{\"timeMs\": " + (23 * 3_600_000L) + "}");
    drill.trainer("/api/incidents", "{\"type\": \"violent\", \"units\": 1, " + HOTSPOT + "}");
    drill.trainer("/api/control/jump", "{\"timeMs\": " + (48 * 3_600_000L) + "}");
    assertThat(drill.awaitExit()).as(drill.err.toString()).isZero();
    assertThat(drill.out.toString()).contains("every call followed to its end");
    assertThat(Files.readString(out.resolve(DrillLog.FILE))).doesNotContain("\"control\":\"end\"");
    JsonNode summary = read(Files.readString(out.resolve(ReportFiles.SUMMARY)));
    assertThat(summary.get("run").get("drained").asBoolean()).isTrue();

    RunCommandTest.Outcome replayed =
        replay(out.resolve(DrillLog.FILE), dir.resolve("replay"), "--days", "1");
    assertThat(replayed.exit()).as(replayed.err()).isZero();
    assertSameOutputs(out, dir.resolve("replay"));
  }

  @Test
  void aDrillServedToTheNetworkWarnsThatItsControlIsPlainHttp() throws Exception {
    RunningDrill drill =
        new RunningDrill(drillArgs(dir.resolve("open"), "--host", "0.0.0.0", "--speed", "60"));
    drill.trainer("/api/control/end", "{}");
    assertThat(drill.awaitExit()).as(drill.err.toString()).isZero();
    assertThat(drill.err.toString().lines())
        .containsOnlyOnce(DrillCommand.plainHttpWarning("0.0.0.0"));
    assertThat(DrillCommand.plainHttpWarning("0.0.0.0"))
        .contains("plain HTTP", "trainer's token", "unencrypted");

    RunningDrill local = new RunningDrill(drillArgs(dir.resolve("local"), "--speed", "60"));
    local.trainer("/api/control/end", "{}");
    assertThat(local.awaitExit()).as(local.err.toString()).isZero();
    assertThat(local.err.toString()).doesNotContain("plain HTTP");
  }

  @Test
  void badDrillInputIsOneLineAndExitCode2() throws Exception {
    Path log = dir.resolve("bad.jsonl");
    Files.writeString(
        log,
        "{\"drill\": \"patrolsim drill log\", \"seed\": 11, \"days\": 1}\n"
            + "{\"timeMs\": 60000, \"inject\": {\"type\": \"violent\", "
            + HOTSPOT
            + "}}\n"
            + "{\"timeMs\": 120000, \"inject\": {\"type\": \"ufo\", "
            + HOTSPOT
            + "}}\n");
    RunCommandTest.Outcome bad = replay(log, dir.resolve("x"));
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err().strip())
        .isEqualTo(
            "patrolsim: "
                + log
                + " line 3: type: unknown incident type 'ufo';"
                + " expected one of violent, traffic, dispute, theft-report, assistance");
    assertThat(dir.resolve("x")).doesNotExist();

    Files.writeString(
        log, "{\"timeMs\": -5, \"inject\": {\"type\": \"violent\", " + HOTSPOT + "}}\n");
    assertThat(replay(log, dir.resolve("x")).err())
        .contains("line 1: timeMs: expected a whole number >= 0, got -5");
    Files.writeString(
        log,
        "{\"timeMs\": 5000, \"inject\": {\"type\": \"violent\", \"lat\": 43.6, \"lon\": 7.0}}\n");
    assertThat(replay(log, dir.resolve("x")).err())
        .contains("line 1: lat, lon: 43.600000, 7.000000 is off the map");
    Files.writeString(log, "not json\n");
    assertThat(replay(log, dir.resolve("x")).err()).contains("line 1: not JSON");
    assertThat(replay(dir.resolve("missing.jsonl"), dir.resolve("x")).err())
        .contains("missing.jsonl: no such drill log");
    assertThat(replay(log, dir.resolve("x"), "--replications", "3").err())
        .contains("--injections replays one drill: not with --replications");

    RunCommandTest.Outcome slow =
        RunCommandTest.patrolsim(drillArgs(dir.resolve("d"), "--speed", "0"));
    assertThat(slow.exit()).isEqualTo(2);
    assertThat(slow.err().strip())
        .isEqualTo(
            "patrolsim: --speed: expected a pace from 0.1 to 3600 (simulated seconds per"
                + " second), got 0.0");
    assertThat(
            RunCommandTest.patrolsim(concat(List.of("drill"), PLAN, "--port", "70000"))
                .err()
                .strip())
        .isEqualTo("patrolsim: --port: expected 0 to 65535, got 70000");
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      RunCommandTest.Outcome busy =
          RunCommandTest.patrolsim(
              concat(
                  List.of("drill"),
                  PLAN,
                  "--port",
                  String.valueOf(taken.getLocalPort()),
                  "--linger",
                  "0",
                  "--out",
                  dir.resolve("d").toString()));
      assertThat(busy.exit()).isEqualTo(2);
      assertThat(busy.err().strip())
          .startsWith(
              "patrolsim: --host 127.0.0.1 --port "
                  + taken.getLocalPort()
                  + ": cannot listen there")
          .doesNotContain("\n");
    }
    assertThat(dir.resolve("d").resolve(DrillLog.FILE)).as("no drill, no log").doesNotExist();
  }

  static String[] concat(List<String> head, String[] middle, String... tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(middle));
    all.addAll(List.of(tail));
    return all.toArray(String[]::new);
  }
}
