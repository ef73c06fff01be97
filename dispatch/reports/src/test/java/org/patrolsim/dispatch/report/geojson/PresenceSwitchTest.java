// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.MonacoRun;

/**
 * {@code report.presence: false} leaves the presence measures out and nothing else: the cars emit
 * no paths, summary.json has no presence section, presence.geojson is not written, and every other
 * output is the same bytes as the run that measured presence (the measures only watch the run).
 */
@IntegrationTest
class PresenceSwitchTest {
  @TempDir static Path on;
  @TempDir static Path off;
  static MonacoRun measured;
  static MonacoRun unmeasured;

  @BeforeAll
  static void runBoth() {
    measured = MonacoRun.writing(on);
    unmeasured = MonacoRun.writing(off, "report.presence=false");
  }

  @Test
  void offEmitsNoPresenceEventsAndTheReportHasNoPresence() {
    assertThat(measured.events()).anyMatch(e -> e instanceof DispatchEvent.CarPath);
    assertThat(measured.events()).anyMatch(e -> e instanceof DispatchEvent.PresencePlan);
    assertThat(measured.events()).anyMatch(e -> e instanceof DispatchEvent.CallSegment);
    assertThat(unmeasured.events())
        .noneMatch(
            e ->
                e instanceof DispatchEvent.CarPath
                    || e instanceof DispatchEvent.PresencePlan
                    || e instanceof DispatchEvent.CallSegment);
    assertThat(measured.report().presence()).isPresent();
    assertThat(unmeasured.report().presence()).isEmpty();
    assertThat(unmeasured.report().summary()).doesNotContainKey("presence");
    Map<String, Object> withoutPresence = new LinkedHashMap<>(measured.report().summary());
    assertThat(withoutPresence.remove("presence")).isNotNull();
    assertThat(unmeasured.report().summary()).isEqualTo(withoutPresence);
  }

  @Test
  void offWritesNoPresenceLayerAndTheSameBytesForEveryOtherFile() throws Exception {
    assertThat(on.resolve(PresenceGeoJson.FILE)).exists();
    assertThat(off.resolve(PresenceGeoJson.FILE)).doesNotExist();
    List<String> others;
    try (var files = Files.list(on)) {
      others =
          files
              .map(p -> p.getFileName().toString())
              .filter(f -> !f.equals(PresenceGeoJson.FILE) && !f.equals("summary.json"))
              .sorted()
              .toList();
    }
    assertThat(others).contains("incidents.csv", CoverageGeoJson.FILE, BeatsGeoJson.FILE);
    for (String f : others) {
      assertThat(Files.readAllBytes(off.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(on.resolve(f)));
    }
    try (var files = Files.list(off)) {
      assertThat(files.count()).isEqualTo(others.size() + 1);
    }
  }
}
