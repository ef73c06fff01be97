// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.testing.Repository;

/**
 * The real example, docs/examples/cad/san-francisco (one row per call, WKT points, 12-hour times, a
 * window): read with the default scenario's types, it gives the figures its README states.
 */
class SanFranciscoRecordsTest {
  static final Path RECORDS =
      Repository.file("docs", "examples", "cad", "san-francisco", "records.yaml");

  @Test
  void theSanFranciscoExportReadsAsItsReadmeSays() {
    var mix = CityModelBuilder.mix(ScenarioLoader.loadDefault(List.of()).scenario());

    CadRecords records = CadRecords.read(RECORDS, ZoneId.of("America/Los_Angeles"), mix);

    assertThat(records.rows()).isEqualTo(628);
    assertThat(records.calls()).hasSize(628);
    assertThat(records.calls().stream().filter(RecordedCall::selfInitiated).count()).isEqualTo(148);
    assertThat(records.problems().count(Problem.OUT_OF_ORDER)).isEqualTo(1);
    assertThat(records.problems().exampleLines(Problem.OUT_OF_ORDER)).containsExactly(233);
    assertThat(records.problems().count(Problem.ZERO_STAGE)).isEqualTo(77);
    assertThat(records.problems().total()).isEqualTo(78);
    assertThat(records.calls().stream().filter(c -> c.span(Span.RESPONSE).isPresent()).count())
        .isEqualTo(502);
    assertThat(records.calls().stream().filter(c -> c.span(Span.ON_SCENE).isPresent()).count())
        .isEqualTo(495);
  }
}
