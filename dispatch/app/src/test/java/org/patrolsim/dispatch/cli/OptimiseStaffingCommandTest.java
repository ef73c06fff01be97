// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * {@code patrolsim optimise --car-hours} end to end on the three Monaco cars of {@link
 * OptimiseCommandTest}, their calls following the default hourly profile: the start's 72 car hours
 * spent again as cars around the clock and part-day shifts. The candidates keep to the budget and
 * to the default most on duty (5: the start's 3 x 1.5), the chosen plan runs as it is, and the same
 * seed gives the same bytes.
 */
@IntegrationTest
class OptimiseStaffingCommandTest {
  private static final String PROFILE =
      "incidents.hourlyProfile=[3.0, 2.4, 1.9, 1.5, 1.3, 1.4, 2.0, 3.0, 4.0, 4.6, 5.0, 5.2, 5.3,"
          + " 5.2, 5.2, 5.3, 5.5, 5.8, 6.0, 6.1, 5.9, 5.3, 4.5, 3.6]";

  @TempDir Path dir;

  CliRun optimise(Path out) throws IOException {
    List<String> args =
        new ArrayList<>(
            OptimiseCommandTest.args(
                OptimiseCommandTest.plan(dir),
                out,
                "--threads",
                "2",
                "--set",
                PROFILE,
                "--car-hours",
                "72"));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void spendsTheStartsCarHoursAgainAndTheChosenPlanRuns() throws IOException {
    Path a = dir.resolve("a");
    CliRun run = optimise(a);
    assertThat(run.err()).doesNotContain("Exception");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("staffing-1")
        .contains(
            "  cars per hour 00-23 h, start:  3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3")
        .contains("  cars per hour 00-23 h, chosen: ");
    JsonNode json = new ObjectMapper().readTree(a.resolve("optimise.json").toFile());
    JsonNode staffing = json.get("staffing");
    assertThat(staffing.get("carHours").asDouble()).isEqualTo(72);
    assertThat(staffing.get("mostOnDuty").asInt()).isEqualTo(5);
    assertThat(staffing.get("busyMinutesPerCall").asDouble()).isBetween(10.0, 120.0);
    assertThat(staffing.get("callsByHour")).hasSize(24);
    assertThat(staffing.get("start").get("carHours").asDouble()).isEqualTo(72);
    assertThat(staffing.get("candidates")).isNotEmpty();
    for (JsonNode c : staffing.get("candidates")) {
      assertThat(c.get("carHours").asDouble()).isLessThanOrEqualTo(72);
      double hours = 0;
      for (JsonNode h : c.get("carsByHour")) {
        assertThat(h.asDouble()).isLessThanOrEqualTo(5);
        hours += h.asDouble();
      }
      assertThat(hours).isEqualTo(c.get("carHours").asDouble());
    }
    List<String> plans = new ArrayList<>();
    json.get("confirmation").get("table").forEach(r -> plans.add(r.get("plan").asText()));
    assertThat(plans).contains("start", "staffing-1");
    assertThat(staffing.get("chosen").get("plan").asText())
        .isEqualTo(json.get("chosen").get("plan").asText());

    Path b = dir.resolve("b");
    assertThat(optimise(b).exitCode()).isZero();
    assertThat(Files.readAllBytes(b.resolve("optimise.json")))
        .isEqualTo(Files.readAllBytes(a.resolve("optimise.json")));
    assertThat(Files.readAllBytes(b.resolve("plan.yaml")))
        .isEqualTo(Files.readAllBytes(a.resolve("plan.yaml")));

    CliRun again =
        CliRun.of("run", a.resolve("plan.yaml").toString(), "--out", dir.resolve("run").toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(dir.resolve("run").resolve("summary.json")).exists();
  }
}
