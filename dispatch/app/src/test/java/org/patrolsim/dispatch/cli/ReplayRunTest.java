// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.ErrorText;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.geojson.JurisdictionsGeoJson;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.TestMaps;

/**
 * {@code patrolsim run} with a replay on the real Monaco map: the horizon follows the replay, a
 * horizon that would cut it is an error unless the scenario says so, bad rows are reported all at
 * once or skipped and counted, and each new mapping field's mistake is one line with exit code 2.
 */
@IntegrationTest
class ReplayRunTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String MONACO = TestMaps.map("monaco.osm.gz").toString();
  static final String CACHE = "map.cacheDir=" + TestMaps.CACHE.toAbsolutePath();

  /** Points on Monaco's streets. */
  static final String[] PLACES = {
    "43.7397,7.4270", "43.7311,7.4197", "43.7440,7.4280", "43.7350,7.4210"
  };

  @TempDir Path dir;

  /** A police export: US dates, a category column, no priority column, 3 days of 4 calls each. */
  Path export(String name, String... extraRows) throws Exception {
    StringBuilder sb = new StringBuilder("Incident,Call Type,Received,Latitude,Longitude\r\n");
    int n = 0;
    for (int day = 1; day <= 3; day++) {
      for (int i = 0; i < 4; i++) {
        String[] latLon = PLACES[(day + i) % PLACES.length].split(",", -1);
        sb.append(
            String.format(
                java.util.Locale.ROOT,
                "C%03d,%s,05/0%d/2024 %02d:%02d:00 %s,%s,%s\r\n",
                ++n,
                i % 2 == 0 ? "DISTURBANCE" : "\"FRAUD, CHECKS\"",
                day,
                1 + 2 * i,
                5 * i,
                i < 2 ? "AM" : "PM",
                latLon[0],
                latLon[1]));
      }
    }
    for (String row : extraRows) {
      sb.append(row).append("\r\n");
    }
    Path csv = dir.resolve(name);
    Files.writeString(csv, "\uFEFF" + sb);
    return csv;
  }

  Path scenario(Path csv, String... extra) throws Exception {
    Path yaml = dir.resolve("plan-" + csv.getFileName() + ".yaml");
    Files.writeString(
        yaml,
        String.join(
            "\n",
            "seed: 3",
            "timeZone: Europe/Monaco",
            "fleet: {vehicles: 3}",
            "stations:",
            "  - {id: fontvieille, lat: 43.7311, lon: 7.4197, dutyTeams: 1}",
            "  - {id: monte-carlo, lat: 43.7440, lon: 7.4280, dutyTeams: 1}",
            "incidents:",
            "  replay:",
            "    file: " + csv.getFileName(),
            "    columns: {time: Received, lat: Latitude, lon: Longitude, type: Call Type}",
            "    timeFormat: MM/dd/yyyy hh:mm:ss a",
            "    types: {DISTURBANCE: dispute}",
            "    defaultType: theft-report",
            String.join("\n", extra),
            ""));
    return yaml;
  }

  RunCommandTest.Outcome run(Path scenario, Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                scenario.toString(),
                "--osm",
                MONACO,
                "--set",
                CACHE,
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return RunCommandTest.patrolsim(args.toArray(String[]::new));
  }

  JsonNode summary(Path out) throws Exception {
    return JSON.readTree(out.resolve(ReportFiles.SUMMARY).toFile());
  }

  static void assertRejected(RunCommandTest.Outcome o, Path out, String... parts) {
    assertThat(o.exit()).as(o.out() + o.err()).isEqualTo(2);
    assertThat(o.err().strip().lines()).hasSize(1);
    assertThat(o.err()).startsWith("patrolsim: ");
    for (String part : parts) {
      assertThat(o.err()).contains(part);
    }
    assertThat(Files.exists(out.resolve(ReportFiles.SUMMARY))).isFalse();
    assertThat(Files.exists(out.resolve(JurisdictionsGeoJson.FILE))).isFalse();
  }

  @Test
  void withoutDaysTheWholeReplayRunsAndEveryGoodRowIsACall() throws Exception {
    Path out = dir.resolve("whole");
    RunCommandTest.Outcome o = run(scenario(export("calls.csv")), out);
    assertThat(o.exit()).as(o.err()).isZero();
    JsonNode s = summary(out);
    assertThat(s.get("days").asInt()).isEqualTo(3);
    assertThat(s.at("/incidents/total").asInt()).isEqualTo(12);
    assertThat(s.at("/incidents/replaySkippedRows").asInt()).isZero();
    assertThat(s.at("/incidents/replayRowsOutsideHorizon").asInt()).isZero();
    assertThat(o.out())
        .contains(", 3 day(s),")
        .contains("replay rows")
        .contains("12 of 12 replayed")
        .doesNotContain("left out:");
    List<String> incidents = Files.readAllLines(out.resolve(ReportFiles.INCIDENTS));
    // the first call: 05/01/2024 01:00:00 AM, one hour after the run's start at midnight
    assertThat(incidents.get(1)).startsWith("1,3600.000,");
    assertThat(incidents.get(1).split(",", -1)[4]).isEqualTo("dispute");
    assertThat(incidents.get(2).split(",", -1)[4]).isEqualTo("theft-report");
    // same seed, same bytes
    Path again = dir.resolve("again");
    assertThat(run(scenario(export("calls.csv")), again).exit()).isZero();
    for (String f :
        List.of(
            ReportFiles.SUMMARY,
            ReportFiles.INCIDENTS,
            ReportFiles.DECISIONS,
            JurisdictionsGeoJson.FILE)) {
      assertThat(Files.readAllBytes(again.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(out.resolve(f)));
    }
  }

  @Test
  void aDaysShorterThanTheReplayIsAnErrorUnlessTheScenarioLeavesRowsOutAndCountsThem()
      throws Exception {
    Path plan = scenario(export("calls.csv"));
    Path out = dir.resolve("cut");
    assertRejected(
        run(plan, out, "--days", "2"),
        out,
        "plan-calls.csv.yaml: days: 2 leaves out 4 of 12 replay rows",
        "spans 3 days, 2024-05-01 to 2024-05-03",
        "rowsOutsideHorizon: leaveOut");
    RunCommandTest.Outcome o =
        run(plan, out, "--days", "2", "--set", "incidents.replay.rowsOutsideHorizon=leaveOut");
    assertThat(o.exit()).as(o.err()).isZero();
    JsonNode s = summary(out);
    assertThat(s.get("days").asInt()).isEqualTo(2);
    assertThat(s.at("/incidents/total").asInt()).isEqualTo(8);
    assertThat(s.at("/incidents/replayRowsOutsideHorizon").asInt()).isEqualTo(4);
    assertThat(o.out()).contains("8 of 12 replayed; left out: 4 after the last day");
  }

  @Test
  void threeBadRowsAreReportedTogetherOrSkippedAndCounted() throws Exception {
    Path csv =
        export(
            "bad.csv",
            "C901,DISTURBANCE,05/03/2024 25:00:00 PM,43.7397,7.4270", // line 14: no such hour
            "C902,DISTURBANCE,05/03/2024 10:00:00 AM,,7.4270", // line 15: no latitude
            "C903,DISTURBANCE,05/03/2024 11:00:00 AM,43.6000,7.5000"); // line 16: at sea
    Path plan = scenario(csv);
    Path out = dir.resolve("bad");
    assertRejected(
        run(plan, out),
        out,
        "bad.csv: 3 of 15 rows cannot be used: line 14: Received expected a value like "
            + "05/01/2024 08:15:30 PM (timeFormat 'MM/dd/yyyy hh:mm:ss a'), got '05/03/2024 25:00:00 PM'",
        "; line 15: Latitude is empty, expected a number",
        "; line 16: 43.600000,7.500000 is off the map: no road within 500 m",
        "set incidents.replay.onBadRow: skip");
    RunCommandTest.Outcome o = run(plan, out, "--set", "incidents.replay.onBadRow=skip");
    assertThat(o.exit()).as(o.err()).isZero();
    JsonNode s = summary(out);
    assertThat(s.at("/incidents/replaySkippedRows").asInt()).isEqualTo(3);
    assertThat(s.at("/incidents/total").asInt()).isEqualTo(12);
    assertThat(s.at("/replay/leftOut/badValue").asInt()).isEqualTo(1);
    assertThat(s.at("/replay/leftOut/noCoordinates").asInt()).isEqualTo(1);
    assertThat(s.at("/replay/leftOut/offMap").asInt()).isEqualTo(1);
    assertThat(o.out())
        .contains(
            "12 of 15 replayed; left out: 1 no coordinates, 1 off the map, 1 bad value; "
                + "bad rows at lines 14, 15, 16");
  }

  @Test
  void aNulByteIsShownEscapedAndALongValueCutInTheOneLine() throws Exception {
    String junk = "9".repeat(20_000);
    Path csv =
        export(
            "nul.csv",
            "C901,DISTURBANCE,05/03/2024 10:00\0:00 AM,43.7397,7.4270", // line 14
            "C902,DISTURBANCE," + junk + ",43.7397,7.4270"); // line 15
    Path out = dir.resolve("nul");
    RunCommandTest.Outcome o = run(scenario(csv), out);
    assertRejected(
        o,
        out,
        "line 14: Received expected a value like 05/01/2024 08:15:30 PM (timeFormat 'MM/dd/yyyy"
            + " hh:mm:ss a'), got '05/03/2024 10:00\\0:00 AM'",
        "; line 15: Received expected a value like 05/01/2024 08:15:30 PM (timeFormat"
            + " 'MM/dd/yyyy hh:mm:ss a'), got '"
            + "9".repeat(ErrorText.VALUE_LIMIT)
            + "... (20000 characters)'");
    assertThat(o.err()).doesNotContain("\0").hasSizeLessThan(1000);
  }

  @Test
  void eachNewFieldsMistakeIsOneLineWithExitCodeTwo() throws Exception {
    Path plan = scenario(export("calls.csv"));
    Path out = dir.resolve("never");
    assertRejected(
        run(plan, out, "--set", "incidents.replay.columns.time=Call Time"),
        out,
        "plan-calls.csv.yaml: incidents.replay.columns.time: calls.csv has no column 'Call Time'",
        "[Incident, Call Type, Received, Latitude, Longitude]");
    assertRejected(
        run(plan, out, "--set", "incidents.replay.timeFormat=MM/dd/yyyy hh:mm:ss aa"),
        out,
        "plan-calls.csv.yaml: incidents.replay.timeFormat: expected 'iso' or a date-time pattern");
    assertRejected(
        run(
            plan,
            out,
            "--set",
            "incidents.replay.columns.x=E",
            "--set",
            "incidents.replay.columns.y=N",
            "--set",
            "incidents.replay.crs=EPSG:99999"),
        out,
        "plan-calls.csv.yaml: incidents.replay.crs: unknown EPSG code");
    assertRejected(
        run(plan, out, "--set", "incidents.replay.types.DISTURBANCE=riot"),
        out,
        "plan-calls.csv.yaml: incidents.replay.types.DISTURBANCE: expected one of the scenario's incident types "
            + "[violent, traffic, dispute, theft-report, assistance], got 'riot'");
    assertRejected(
        run(plan, out, "--set", "incidents.replay.timeZone=Europe/Monte-Carlo"),
        out,
        "incidents.replay.timeZone: expected a time zone");
    assertRejected(run(plan, out, "--set", "timeZone=CEST"), out, "timeZone: expected a time zone");
    assertRejected(
        run(plan, out, "--set", "incidents.replay.onBadRow=ignore"),
        out,
        "incidents.replay.onBadRow");
    assertRejected(
        run(plan, out, "--set", "incidents.replay.colums.time=x"),
        out,
        "unknown field 'incidents.replay.colums'");
  }
}
