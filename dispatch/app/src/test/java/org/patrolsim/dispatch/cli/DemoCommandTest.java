// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.html.HtmlReport;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * {@code patrolsim demo}: one day of the default scenario on the demo city, as the Quick start runs
 * it.
 */
@IntegrationTest
class DemoCommandTest {

  @Test
  void runsADayOfTheDefaultScenarioAndWritesItsFiles(@TempDir Path out) throws Exception {
    MapCommandTest.Run r =
        MapCommandTest.run(
            "demo", "--cache-dir", MapCommandTest.CACHE.toString(), "--out", out.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("default scenario, 1 day(s), seed 1, policy integrated");
    assertThat(r.out())
        .containsPattern("street-level disposal +\\d+ +\\((6\\d|7\\d)\\.\\d % of calls");
    assertThat(r.out()).containsPattern("patrol cars / utilisation +48 /");
    for (String file :
        new String[] {
          ReportFiles.SUMMARY,
          ReportFiles.INCIDENTS,
          ReportFiles.DECISIONS,
          "incidents.geojson",
          "stations.geojson",
          "jurisdictions.geojson",
          "beats.geojson",
          "coverage.geojson",
          HtmlReport.FILE
        }) {
      assertThat(Files.size(out.resolve(file))).as(file).isGreaterThan(1000);
    }
    String[] lines = r.out().strip().split("\\R", -1);
    assertThat(lines[lines.length - 1].strip())
        .as("the report's path comes last, for a newcomer to open")
        .isEqualTo("open the report: " + out.resolve(HtmlReport.FILE).toAbsolutePath().normalize());
  }
}
