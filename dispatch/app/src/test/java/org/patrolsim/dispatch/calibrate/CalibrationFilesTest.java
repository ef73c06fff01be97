// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.cli.PatrolSim;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.records.RecordProblems;
import org.patrolsim.dispatch.records.RecordedCall;
import org.patrolsim.dispatch.records.UnitVisit;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.TestMaps;
import org.patrolsim.geo.LatLon;

/**
 * The files of a calibration on hand-made records on Monaco: the scenario carries the fitted
 * values, the map and the replay, and runs as it is; calibration.json and the page say what was
 * fitted and what not; the hold-out file starts at the hold-out; the same input writes the same
 * bytes.
 */
@IntegrationTest
class CalibrationFilesTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path MONACO = TestMaps.map("monaco.osm.gz").toAbsolutePath();
  static final String CACHE = "map.cacheDir=" + TestMaps.CACHE.toAbsolutePath();
  static final double[][] PLACES = {
    {43.7397, 7.4270}, {43.7311, 7.4197}, {43.7440, 7.4280}, {43.7350, 7.4210}
  };
  static final String PLAN =
      """
      seed: 3
      timeZone: Europe/Monaco
      fleet: {vehicles: 3}
      stations:
        - {id: fontvieille, lat: 43.7311, lon: 7.4197, dutyTeams: 1}
        - {id: monte-carlo, lat: 43.7440, lon: 7.4280, dutyTeams: 1}
      """;

  @TempDir Path dir;

  /** Four days of 12 disputes and theft reports, handled in 30 or 120 s, 20 or 80 min on scene. */
  List<RecordedCall> calls() {
    List<RecordedCall> calls = new ArrayList<>();
    for (int day = 0; day < 4; day++) {
      for (int i = 0; i < 12; i++) {
        LocalDateTime at = LocalDateTime.of(2024, 5, 1 + day, 2 * i, 7);
        long handling = i % 2 == 0 ? 30 : 120;
        long scene = (i / 2) % 2 == 0 ? 20 : 80;
        UnitVisit u =
            new UnitVisit(
                "car-" + i % 3,
                at.plusSeconds(handling),
                null,
                at.plusSeconds(handling + 300),
                at.plusSeconds(handling + 300 + scene * 60));
        double[] p = PLACES[(day + i) % PLACES.length];
        String type = i % 3 == 0 ? "theft-report" : "dispute";
        calls.add(
            new RecordedCall(
                "C" + day + i,
                calls.size() + 2,
                at,
                new LatLon(p[0], p[1]),
                type,
                type,
                i % 3 == 0 ? Priority.LOW : Priority.NORMAL,
                false,
                List.of(u)));
      }
    }
    return calls;
  }

  Path csv(List<RecordedCall> calls) throws Exception {
    StringBuilder sb = new StringBuilder("time,lat,lon,type,priority\n");
    for (RecordedCall c : calls) {
      sb.append(c.received())
          .append(',')
          .append(c.point().lat())
          .append(',')
          .append(c.point().lon())
          .append(',')
          .append(c.type())
          .append(',')
          .append(c.priority().key())
          .append('\n');
    }
    Path file = dir.resolve("cad.csv");
    Files.writeString(file, sb);
    return file;
  }

  CalibrationFiles.Written calibrate(Path out, int holdoutDays) throws Exception {
    List<RecordedCall> calls = calls();
    Path csv = csv(calls);
    LoadedScenario base = ScenarioLoader.loadText("monaco plan", PLAN, List.of(CACHE));
    ObjectNode replay = JSON.createObjectNode().put("file", csv.toString());
    Calibration c = Calibrator.calibrate(calls, holdoutDays, 3 * 24);
    return CalibrationFiles.write(
        out,
        new CalibrationInputs(
            csv.toString(), replay, base, MONACO, new RecordProblems(), calls.size(), holdoutDays),
        c);
  }

  @Test
  void theScenarioCarriesTheFitsAndRunsAsItIs() throws Exception {
    Path out = dir.resolve("cal");
    CalibrationFiles.Written written = calibrate(out, 0);
    assertThat(written.files())
        .containsExactly("scenario.yaml", "calibration.json", "calibration.html");

    Scenario s = ScenarioLoader.load(out.resolve("scenario.yaml"), List.of()).scenario();
    assertThat(s.map().osm()).isEqualTo(MONACO.normalize().toString());
    assertThat(s.incidents().perDay()).isEqualTo(12.0);
    assertThat(s.incidents().hourlyProfile().get(2))
        .isEqualTo(2.0); // one call in 12 at 02:07: 24 / 12
    assertThat(s.incidents().hourlyProfile().get(3)).isEqualTo(0.0);
    assertThat(s.response().callHandlingSeconds().normal().median()).isEqualTo(60.0);
    assertThat(s.incidents().types())
        .extracting(Scenario.IncidentType::name)
        .containsExactly("dispute", "theft-report");
    assertThat(s.incidents().types().get(1).share()).isEqualTo(0.3333);
    assertThat(s.incidents().replay().file()).endsWith("cad.csv");
    // the fitted log-normal as the scenario states it: 20 and 80 min alike, geometric mean 40
    assertThat(s.incidents().types().get(0).onSceneMinutes().median()).isEqualTo(40.0);
    assertThat(s.response().carTurnoutSeconds())
        .isEqualTo(new Scenario.Spread(0.0, 0.0)); // no en-route times: kept

    JsonNode json = JSON.readTree(out.resolve("calibration.json").toFile());
    assertThat(json.at("/window/days").asInt()).isEqualTo(4);
    assertThat(json.at("/fits/0/name").asText()).isEqualTo("arrivals.perDay");
    assertThat(json.at("/fits/0/goodness/measure").asText()).isEqualTo("dispersion index");
    assertThat(json.get("notFitted").findValuesAsText("name"))
        .contains("travel", "carTurnout", "selfInitiated");
    String page = Files.readString(out.resolve("calibration.html"));
    assertThat(page)
        .contains("Not fitted and why")
        .contains("echarts")
        .doesNotContain("src=\"http");

    int exit =
        PatrolSim.execute(
            "run", out.resolve("scenario.yaml").toString(), "--out", dir.resolve("run").toString());
    assertThat(exit).isZero();
    JsonNode summary = JSON.readTree(dir.resolve("run").resolve("summary.json").toFile());
    assertThat(summary.at("/incidents/total").asInt()).isEqualTo(48);

    Path again = dir.resolve("again");
    calibrate(again, 0);
    for (String f : written.files()) {
      assertThat(Files.readAllBytes(again.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(out.resolve(f)));
    }
  }

  @Test
  void aHoldOutWritesTheRecordsFromItsFirstDay() throws Exception {
    Path out = dir.resolve("holdout");
    CalibrationFiles.Written written = calibrate(out, 1);
    assertThat(written.files()).contains("records-holdout.yaml");
    JsonNode holdout =
        new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
            .readTree(out.resolve("records-holdout.yaml").toFile());
    assertThat(holdout.get("from").asText()).isEqualTo("2024-05-04T00:00");
    assertThat(holdout.get("file").asText()).endsWith("cad.csv");
    JsonNode json = JSON.readTree(out.resolve("calibration.json").toFile());
    assertThat(json.at("/window/days").asInt()).isEqualTo(3);
    assertThat(json.at("/holdout/calls").asInt()).isEqualTo(12);
  }
}
