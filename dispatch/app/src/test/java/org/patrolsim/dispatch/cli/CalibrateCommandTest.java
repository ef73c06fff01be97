// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.calibrate.CalibrationFiles;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.Repository;
import org.patrolsim.dispatch.testing.TestMaps;

/**
 * {@code patrolsim calibrate} on a CAD export of Monaco: it writes the fitted scenario,
 * calibration.json, calibration.html and with a hold-out the held-out records, the scenario runs as
 * it is, and every bad option or input is one line with exit code 2.
 */
@IntegrationTest
class CalibrateCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String MONACO = ReplayRunTest.MONACO;
  static final String[] PLACES = ReplayRunTest.PLACES;

  @TempDir Path dir;

  /** Five days of 12 calls (every sixth self-initiated), one unit each, with every stage time. */
  Path export() throws Exception {
    StringBuilder sb =
        new StringBuilder(
            "call,unit,time,lat,lon,type,priority,dispatched,enRoute,onScene,cleared,"
                + "selfInitiated\n");
    int n = 0;
    for (int day = 0; day < 5; day++) {
      for (int i = 0; i < 12; i++) {
        LocalDateTime at = LocalDateTime.of(2024, 5, 1 + day, 2 * i, 5);
        boolean self = i % 6 == 5;
        long handling = self ? 0 : i % 2 == 0 ? 40 : 100;
        long turnout = i % 3 == 0 ? 20 : 50;
        long drive = 200 + 20L * i;
        long scene = 60L * (i % 2 == 0 ? 15 : 45);
        String[] p = PLACES[(day + i) % PLACES.length].split(",", -1);
        sb.append(
            String.format(
                Locale.ROOT,
                "C%d,car-%d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s%n",
                ++n,
                i % 3,
                at,
                p[0],
                p[1],
                i % 4 == 0 ? "theft-report" : "dispute",
                i % 4 == 0 ? "low" : "normal",
                at.plusSeconds(handling),
                at.plusSeconds(handling + turnout),
                at.plusSeconds(handling + turnout + drive),
                at.plusSeconds(handling + turnout + drive + scene),
                self ? "Y" : "N"));
      }
    }
    Path csv = dir.resolve("cad.csv");
    Files.writeString(csv, sb);
    return csv;
  }

  Path plan() throws Exception {
    Path yaml = dir.resolve("plan.yaml");
    Files.writeString(
        yaml,
        String.join(
            "\n",
            "seed: 3",
            "timeZone: Europe/Monaco",
            "map: {cacheDir: " + TestMaps.CACHE.toAbsolutePath() + "}",
            "fleet: {vehicles: 3}",
            "stations:",
            "  - {id: fontvieille, lat: 43.7311, lon: 7.4197, dutyTeams: 1}",
            "  - {id: monte-carlo, lat: 43.7440, lon: 7.4280, dutyTeams: 1}",
            ""));
    return yaml;
  }

  @Test
  void itWritesTheFilesAndTheScenarioRunsAsItIs() throws Exception {
    Path out = dir.resolve("cal");
    RunCommandTest.Outcome o =
        RunCommandTest.patrolsim(
            "calibrate",
            export().toString(),
            "--map",
            MONACO,
            "--scenario",
            plan().toString(),
            "--holdout-days",
            "1",
            "--out",
            out.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out())
        .contains(
            "arrivals.perDay",
            "callHandling.normal",
            "carTurnout",
            "onScene.dispute",
            "selfInitiated",
            "travel",
            "not fitted");
    for (String f :
        new String[] {
          CalibrationFiles.SCENARIO,
          CalibrationFiles.JSON_FILE,
          CalibrationFiles.PAGE,
          CalibrationFiles.HOLDOUT
        }) {
      assertThat(out.resolve(f)).exists();
    }
    JsonNode json = JSON.readTree(out.resolve(CalibrationFiles.JSON_FILE).toFile());
    assertThat(json.at("/window/days").asInt()).isEqualTo(4);
    assertThat(json.at("/window/calls").asInt()).isEqualTo(48);
    assertThat(json.at("/holdout/calls").asInt()).isEqualTo(12);
    // 10 caller calls a day: the self-initiated ones (2 a day) are left out and counted
    assertThat(json.at("/fits/0/value").asDouble()).isEqualTo(10.0);
    assertThat(json.at("/fits/0/leftOut/selfInitiated").asInt()).isEqualTo(8);
    JsonNode turnout = null;
    for (JsonNode f : json.get("fits")) {
      if (f.get("name").asText().equals("carTurnout")) {
        turnout = f;
      }
    }
    assertThat(turnout).isNotNull();
    assertThat(turnout.at("/details/dataMedian").asDouble()).isEqualTo(50.0);

    Path run = dir.resolve("run");
    RunCommandTest.Outcome r =
        RunCommandTest.patrolsim(
            "run", out.resolve(CalibrationFiles.SCENARIO).toString(), "--out", run.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
    assertThat(summary.get("days").asInt()).isEqualTo(5);
  }

  @Test
  void everyBadOptionIsOneLineWithExitCode2() throws Exception {
    Path csv = export();
    String plan = plan().toString();
    Path out = dir.resolve("bad");
    ReplayRunTest.assertRejected(
        RunCommandTest.patrolsim(
            "calibrate",
            csv.toString(),
            "--map",
            MONACO,
            "--scenario",
            plan,
            "--holdout-days",
            "-1",
            "--out",
            out.toString()),
        out,
        "--holdout-days: expected 0 or more");
    ReplayRunTest.assertRejected(
        RunCommandTest.patrolsim(
            "calibrate",
            csv.toString(),
            "--map",
            MONACO,
            "--scenario",
            plan,
            "--holdout-days",
            "5",
            "--out",
            out.toString()),
        out,
        "--holdout-days: expected fewer than the records' 5");
    ReplayRunTest.assertRejected(
        RunCommandTest.patrolsim(
            "calibrate", csv.toString(), "--map", "nowhere.osm.gz", "--out", out.toString()),
        out,
        "--map: no such file nowhere.osm.gz");
    ReplayRunTest.assertRejected(
        RunCommandTest.patrolsim(
            "calibrate",
            dir.resolve("none.csv").toString(),
            "--map",
            MONACO,
            "--scenario",
            plan,
            "--out",
            out.toString()),
        out,
        "none.csv");
    // the default scenario's stations are in the demo city, not in Monaco
    ReplayRunTest.assertRejected(
        RunCommandTest.patrolsim(
            "calibrate", csv.toString(), "--map", MONACO, "--out", out.toString()),
        out,
        "stations[0]",
        "off the map");
    assertThat(out.resolve(CalibrationFiles.SCENARIO)).doesNotExist();
  }

  /**
   * San Francisco's published export (docs/examples/cad/san-francisco): 48 hours of real calls
   * fitted on a plan of three of its police stations; the reader's zero stages are counted, and
   * what the export lacks (turnout: en route is a copy of dispatch, so it is not mapped; unit
   * positions) is said, not guessed.
   */
  @Test
  void aRealExportIsFittedAndWhatItLacksIsSaid() throws Exception {
    Path sf = Repository.file("docs", "examples", "cad", "san-francisco");
    Path plan = dir.resolve("sf.yaml");
    Files.writeString(
        plan,
        String.join(
            "\n",
            "timeZone: America/Los_Angeles",
            "map: {cacheDir: " + TestMaps.CACHE.toAbsolutePath() + "}",
            "fleet: {vehicles: 24}",
            "stations:",
            "  - {id: central, lat: 37.7986, lon: -122.4098}",
            "  - {id: tenderloin, lat: 37.7837, lon: -122.4129}",
            "  - {id: northern, lat: 37.7802, lon: -122.4324}",
            ""));
    Path out = dir.resolve("sf");
    RunCommandTest.Outcome o =
        RunCommandTest.patrolsim(
            "calibrate",
            sf.resolve("records.yaml").toString(),
            "--map",
            sf.resolve("sf-north.osm.gz").toString(),
            "--scenario",
            plan.toString(),
            "--out",
            out.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    JsonNode json = JSON.readTree(out.resolve(CalibrationFiles.JSON_FILE).toFile());
    assertThat(json.at("/window/from").asText()).isEqualTo("2026-01-15T09:15");
    assertThat(json.at("/window/days").asDouble()).isEqualTo(2.0);
    assertThat(json.at("/problems/zeroStage/count").asInt()).isPositive();
    java.util.List<String> fitted = json.get("fits").findValuesAsText("name");
    assertThat(fitted)
        .contains("arrivals.perDay", "callHandling.urgent", "onScene.violent", "selfInitiated");
    assertThat(json.get("notFitted").findValuesAsText("name")).contains("carTurnout", "travel");
    String page = Files.readString(out.resolve(CalibrationFiles.PAGE));
    String data =
        page.substring(
            page.indexOf("id=\"data\">") + 10,
            page.indexOf("</script>", page.indexOf("id=\"data\">")));
    assertThat(JSON.readTree(data).get("charts").findValuesAsText("name"))
        .contains("callHandling.urgent", "onScene.violent");
  }
}
