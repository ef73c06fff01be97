// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.geojson.IncidentsGeoJson;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.Repository;

/**
 * A police bureau's raw offence export replayed on Monaco with one scenario: split date and time,
 * offences years before the window, case numbers repeated over several offences, a category with a
 * typo, projected x/y. The window picks the rows and the days, the id rule makes one call of a
 * case, and the summary accounts for every row by reason. The export and its scenario are the
 * example in docs/examples/real-data that docs/REAL-DATA.md walks through (run with {@code
 * -Dpatrolsim.writeExamples=true} to write the export anew).
 */
@IntegrationTest
class BureauExportTest {
  /** Points on Monaco's streets (lat, lon). */
  static final double[][] PLACES = {
    {43.7397, 7.4270}, {43.7311, 7.4197}, {43.7440, 7.4280}, {43.7350, 7.4210}
  };

  @TempDir Path dir;

  /** Lambert-93 x;y of a place, as the bureau's export writes it. */
  static String xy(int place) {
    var toLambert93 =
        new CoordinateTransformFactory()
            .createTransform(
                new CRSFactory().createFromName("EPSG:4326"),
                new CRSFactory().createFromName("EPSG:2154"));
    ProjCoordinate p =
        toLambert93.transform(
            new ProjCoordinate(PLACES[place][1], PLACES[place][0]), new ProjCoordinate());
    return String.format(Locale.ROOT, "%.1f;%.1f", p.x, p.y);
  }

  /** The example in docs/examples/real-data that docs/REAL-DATA.md walks through. */
  static final Path EXAMPLES = Repository.file("docs", "examples", "real-data");

  static final String EXPORT = "straftaten.csv";
  static final String SCENARIO = "straftaten.yaml";

  /**
   * The export: 12 offence rows; the comments give each row's line and fate under the default rule.
   */
  static String exportText() {
    List<String> rows =
        List.of(
            "Aktenzeichen;Tatzeit_Datum;Tatzeit_Uhrzeit;Delikt;X;Y",
            "A0;15.03.2018;10:00;Diebstahl;" + xy(0), // 2: before the window
            "A9;01.01.1959;00:00;Raub;0;0", // 3: before the window (its 0,0 not read)
            "A1;01.05.2024;08:00;Sachbeschädigung;" + xy(0), // 4: case A1, a lesser offence
            "A1;01.05.2024;08:00;Körperverletzung;" + xy(0), // 5: case A1's gravest: the call
            "A2;01.05.2024;10:00;Diebstahl;" + xy(1), // 6: a call
            "A3;01.05.2024;14:00;Sachbeschädigung;" + xy(2), // 7: case A3, first row
            "A3;01.05.2024;14:00;Raub;" + xy(2), // 8: case A3's gravest: the call
            "A3;01.05.2024;14:00;Diebstahl;" + xy(2), // 9: case A3, lesser
            "A4;02.05.2024;09:00;Diebstal;" + xy(3), // 10: a typo: the default type
            "A5;02.05.2024;12:00;Diebstahl;;", // 11: no coordinates
            "A6;02.05.2024;16:00;Körperverletzung;" + xy(1), // 12: a call
            "A7;03.05.2024;09:00;Diebstahl;" + xy(0)); // 13: at the window's end (exclusive)
    return String.join("\r\n", rows) + "\r\n";
  }

  /** The committed export, as the bureau wrote it. */
  Path export() {
    return EXAMPLES.resolve(EXPORT);
  }

  /** The committed scenario, which names the export beside it. */
  Path scenario(Path csv) {
    return csv.resolveSibling(SCENARIO);
  }

  @Test
  void theCommittedExampleIsThisExportAndItsScenarioNamesIt() throws Exception {
    String text = exportText();
    if (Boolean.getBoolean("patrolsim.writeExamples")) {
      Files.writeString(EXAMPLES.resolve(EXPORT), text, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(EXAMPLES.resolve(EXPORT), StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(Files.readString(EXAMPLES.resolve(SCENARIO), StandardCharsets.UTF_8))
        .contains("file: " + EXPORT, "call: Aktenzeichen", "crs: EPSG:2154", "from: 2024-05-01");
  }

  RunCommandTest.Outcome run(Path scenario, Path out, String... set) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                scenario.toString(),
                "--osm",
                ReplayRunTest.MONACO,
                "--set",
                ReplayRunTest.CACHE,
                "--out",
                out.toString()));
    for (String s : set) {
      args.addAll(List.of("--set", s));
    }
    return RunCommandTest.patrolsim(args.toArray(String[]::new));
  }

  @Test
  void theWindowPicksTheRowsAndDaysAndOneCaseIsOneCallOfItsGravestOffence() throws Exception {
    Path out = dir.resolve("out");
    RunCommandTest.Outcome o = run(scenario(export()), out);
    assertThat(o.exit()).as(o.err()).isZero();
    JsonNode s = ReplayRunTest.JSON.readTree(out.resolve(ReportFiles.SUMMARY).toFile());
    assertThat(s.get("days").asInt()).isEqualTo(2);
    assertThat(s.at("/replay/records").asInt()).isEqualTo(12);
    assertThat(s.at("/replay/replayed").asInt()).isEqualTo(5);
    assertThat(s.at("/replay/repeatedIds").asText()).isEqualTo("mostSerious");
    JsonNode left = s.at("/replay/leftOut");
    assertThat(left.get("outsideWindow").asInt()).isEqualTo(3);
    assertThat(left.get("repeatedId").asInt()).isEqualTo(3);
    assertThat(left.get("noCoordinates").asInt()).isEqualTo(1);
    int accounted = s.at("/replay/replayed").asInt();
    for (JsonNode n : left) {
      accounted += n.asInt();
    }
    assertThat(accounted).as("every row replayed or left out by reason").isEqualTo(12);
    assertThat(o.out())
        .contains("5 of 12 replayed (repeated ids: mostSerious)")
        .contains(
            "3 outside the window", "3 repeated id", "1 no coordinates", "bad row at line 11");

    List<String> incidents =
        Files.readAllLines(out.resolve(ReportFiles.INCIDENTS), StandardCharsets.UTF_8);
    assertThat(incidents.get(0)).endsWith(",repeatOf,sourceLine,sourceId,sourceCategory");
    assertThat(incidents).hasSize(1 + 5);
    // 08:00 on the window's first day, whose midnight is the run's start
    assertThat(incidents.get(1)).startsWith("1,28800.000,").endsWith(",5,A1,Körperverletzung");
    assertThat(incidents.get(1).split(",", -1)[4]).isEqualTo("violent");
    assertThat(incidents.get(3)).endsWith(",8,A3,Raub");
    assertThat(incidents.get(4)).endsWith(",10,A4,Diebstal");
    assertThat(incidents.get(4).split(",", -1)[4]).isEqualTo("assistance");
    JsonNode features =
        ReplayRunTest.JSON.readTree(out.resolve(IncidentsGeoJson.FILE).toFile()).get("features");
    JsonNode first = features.get(0).get("properties");
    assertThat(first.get("sourceLine").asInt()).isEqualTo(5);
    assertThat(first.get("sourceId").asText()).isEqualTo("A1");
    assertThat(first.get("sourceCategory").asText()).isEqualTo("Körperverletzung");
    // the page shows the same counts: its data carries the summary's replay section, its table the
    // rows
    String page = Files.readString(out.resolve("report.html"));
    var data = StreamedOutputsTest.RUN_DATA.matcher(page);
    assertThat(data.find()).isTrue();
    assertThat(ReplayRunTest.JSON.readTree(data.group(1)).at("/summary/replay"))
        .isEqualTo(s.get("replay"));
    assertThat(page).contains("id=\"replay-table\"", "id=\"mapping-table\"", "function replayRows");
  }

  @Test
  void mapCheckLeavesOutTheRowsOutsideTheWindowByTheRunsReason() throws Exception {
    Path out = dir.resolve("out");
    RunCommandTest.Outcome o = run(scenario(export()), out);
    assertThat(o.exit()).as(o.err()).isZero();
    JsonNode left =
        ReplayRunTest.JSON
            .readTree(out.resolve(ReportFiles.SUMMARY).toFile())
            .at("/replay/leftOut");

    CliRun check =
        CliRun.of(
            "map",
            "check",
            "--scenario",
            scenario(export()).toString(),
            "--osm",
            ReplayRunTest.MONACO,
            "--cache-dir",
            RealDataExamplesTest.CACHE.toString(),
            "--json");

    assertThat(check.exitCode()).as(check.err()).isEqualTo(1); // line 11 has no place
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line : check.out().strip().lines().toList()) {
      lines.add(ReplayRunTest.JSON.readTree(line));
    }
    JsonNode counts = lines.remove(lines.size() - 1);
    assertThat(counts.get("points").asInt()).isEqualTo(12);
    assertThat(counts.get("outsideWindow").asInt())
        .isEqualTo(left.get("outsideWindow").asInt())
        .isEqualTo(3);
    assertThat(counts.get("badRow").asInt()).isEqualTo(left.get("noCoordinates").asInt());
    assertThat(counts.get("snap").asInt()).isEqualTo(8);
    assertThat(
            lines.stream()
                .filter(l -> l.get("verdict").asText().equals("outside-window"))
                .map(l -> l.get("line").asInt()))
        .containsExactly(2, 3, 13); // 1959's 0,0 is not read, as in the run
    assertThat(lines.get(1).get("reason").asText())
        .isEqualTo("received 1959-01-01 00:00, before from (2024-05-01 00:00)");
    assertThat(lines.get(11).get("reason").asText())
        .isEqualTo("received 2024-05-03 09:00, not before to (2024-05-03 00:00)");
  }

  @Test
  void theOtherRulesKeepTheFirstRowOrEveryRow() throws Exception {
    Path plan = scenario(export());
    Path first = dir.resolve("first");
    assertThat(run(plan, first, "incidents.replay.repeatedIds=first").exit()).isZero();
    List<String> incidents =
        Files.readAllLines(first.resolve(ReportFiles.INCIDENTS), StandardCharsets.UTF_8);
    assertThat(incidents.get(1)).endsWith(",4,A1,Sachbeschädigung");
    assertThat(incidents.get(1).split(",", -1)[4]).isEqualTo("dispute");
    assertThat(incidents.get(3)).endsWith(",7,A3,Sachbeschädigung");
    Path all = dir.resolve("all");
    assertThat(run(plan, all, "incidents.replay.repeatedIds=keepAll").exit()).isZero();
    JsonNode s = ReplayRunTest.JSON.readTree(all.resolve(ReportFiles.SUMMARY).toFile());
    assertThat(s.at("/replay/replayed").asInt()).isEqualTo(8);
    assertThat(s.at("/replay/leftOut/repeatedId").asInt()).isZero();
    Path out = dir.resolve("never");
    RunCommandTest.Outcome o = run(plan, out, "incidents.replay.repeatedIds=last");
    ReplayRunTest.assertRejected(
        o, out, "incidents.replay.repeatedIds: expected first, mostSerious or keepAll, got 'last'");
  }

  @Test
  void withoutToTheDaysRunToTheLastCallAndAWindowEndingInADayCountsThatDay() throws Exception {
    Path plan = scenario(export());
    Path open = dir.resolve("open");
    assertThat(run(plan, open, "incidents.replay.to=null").exit()).isZero();
    JsonNode s = ReplayRunTest.JSON.readTree(open.resolve(ReportFiles.SUMMARY).toFile());
    assertThat(s.get("days").asInt()).isEqualTo(3);
    assertThat(s.at("/replay/leftOut/outsideWindow").asInt()).isEqualTo(2);
    Path noon = dir.resolve("noon");
    assertThat(run(plan, noon, "incidents.replay.to=2024-05-02T12:00").exit()).isZero();
    s = ReplayRunTest.JSON.readTree(noon.resolve(ReportFiles.SUMMARY).toFile());
    assertThat(s.get("days").asInt()).isEqualTo(2);
    assertThat(s.at("/replay/replayed").asInt()).isEqualTo(4);
  }

  @Test
  void theCategoriesAreTabledAndATypoOrAnUnusedKeyIsAWarningOrWithStrictMappingAnError()
      throws Exception {
    Path plan = scenario(export());
    Path out = dir.resolve("mapped");
    RunCommandTest.Outcome o = run(plan, out, "incidents.replay.types.Betrug=theft-report");
    assertThat(o.exit()).as(o.err()).isZero();
    JsonNode s = ReplayRunTest.JSON.readTree(out.resolve(ReportFiles.SUMMARY).toFile());
    JsonNode mapping = s.at("/replay/mapping");
    // the 8 rows of the window read (line 11 has no place): the most rows first, then by category
    assertThat(mapping).hasSize(5);
    assertThat(mapping.get(0).toString())
        .isEqualTo(
            "{\"category\":\"Diebstahl\",\"type\":\"theft-report\",\"priority\":\"low\",\"how\":\"types\",\"rows\":2}");
    assertThat(mapping.get(3).toString())
        .isEqualTo(
            "{\"category\":\"Diebstal\",\"type\":\"assistance\",\"priority\":\"low\",\"how\":\"defaultType\",\"rows\":1}");
    int rows = 0;
    for (JsonNode m : mapping) {
      rows += m.get("rows").asInt();
    }
    assertThat(rows).isEqualTo(8);
    assertThat(s.at("/replay/warnings").toString())
        .isEqualTo(
            "[\"types key 'Betrug' matched no row\","
                + "\"1 row of category 'Diebstal' fell to defaultType 'assistance'\"]");
    assertThat(o.out())
        .contains("'Körperverletzung'", "2 -> violent (urgent)")
        .contains("1 -> assistance (low), by defaultType")
        .containsPattern("warning +types key 'Betrug' matched no row");
    Path never = dir.resolve("never");
    ReplayRunTest.assertRejected(
        run(
            plan,
            never,
            "incidents.replay.types.Betrug=theft-report",
            "incidents.replay.strictMapping=true"),
        never,
        "straftaten.csv: incidents.replay.strictMapping: types key "
            + "'Betrug' matched no row; 1 row of category 'Diebstal' fell to defaultType 'assistance'; expected");
    // the walk-through's two steps: the typo alone refused, then mapped
    Path typo = dir.resolve("typo");
    ReplayRunTest.assertRejected(
        run(plan, typo, "incidents.replay.strictMapping=true"),
        typo,
        "straftaten.csv: incidents.replay.strictMapping: 1 row of category 'Diebstal' fell to"
            + " defaultType 'assistance'; expected every types and priorities key to match a row"
            + " and no category to fall to defaultType");
    Path fixed = dir.resolve("fixed");
    RunCommandTest.Outcome f =
        run(
            plan,
            fixed,
            "incidents.replay.strictMapping=true",
            "incidents.replay.types.Diebstal=theft-report");
    assertThat(f.exit()).as(f.err()).isZero();
    s = ReplayRunTest.JSON.readTree(fixed.resolve(ReportFiles.SUMMARY).toFile());
    assertThat(s.at("/replay/warnings")).isEmpty();
    assertThat(f.out()).containsPattern("'Diebstal' +1 -> theft-report \\(low\\)\n");
  }
}
