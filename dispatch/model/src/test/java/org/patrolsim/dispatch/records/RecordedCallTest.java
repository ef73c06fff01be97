// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.geo.LatLon;

class RecordedCallTest {
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 1, 15, 10, 0);

  private static LocalDateTime at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  @Test
  void spansAreTakenFromTheFirstUnitDispatchedWhateverTheRowOrder() {
    UnitVisit backup = new UnitVisit("B2", at(200), at(230), at(500), at(2000));
    UnitVisit first = new UnitVisit("A1", at(60), at(90), at(400), at(1900));
    RecordedCall call =
        new RecordedCall(
            "c1",
            2,
            T0,
            new LatLon(37.78, -122.41),
            "ASSAULT",
            "violent",
            Priority.URGENT,
            false,
            List.of(backup, first));

    assertEquals("A1", call.firstUnit().orElseThrow().unit());
    assertEquals(Duration.ofSeconds(60), call.span(Span.HANDLING).orElseThrow());
    assertEquals(Duration.ofSeconds(30), call.span(Span.TURNOUT).orElseThrow());
    assertEquals(Duration.ofSeconds(310), call.span(Span.DRIVE).orElseThrow());
    assertEquals(Duration.ofSeconds(400), call.span(Span.RESPONSE).orElseThrow());
    assertEquals(Duration.ofMinutes(25), call.span(Span.ON_SCENE).orElseThrow());
  }

  @Test
  void withoutAnEnRouteTimeTheDriveStartsAtDispatchAndMissingTimesGiveNoSpan() {
    UnitVisit unit = new UnitVisit(null, at(60), null, at(400), null);
    RecordedCall call =
        new RecordedCall(
            "7",
            7,
            T0,
            new LatLon(0.1, 0.1),
            null,
            "traffic",
            Priority.NORMAL,
            false,
            List.of(unit));

    assertEquals(Duration.ofSeconds(340), call.span(Span.DRIVE).orElseThrow());
    assertTrue(call.span(Span.TURNOUT).isEmpty());
    assertTrue(call.span(Span.ON_SCENE).isEmpty());
  }

  @Test
  void problemsAreCountedByReasonWithTheirFirstLines() {
    RecordProblems problems = new RecordProblems();
    for (int line = 2; line < 10; line++) {
      problems.add(Problem.OUT_OF_ORDER, line);
    }
    problems.add(Problem.OVER_CAP, 40);

    assertEquals(9, problems.total());
    assertEquals(List.of(2, 3, 4, 5, 6), problems.exampleLines(Problem.OUT_OF_ORDER));
    assertEquals(
        "{outOfOrder={count=8, firstLines=[2, 3, 4, 5, 6]}, overCap={count=1, firstLines=[40]}}",
        problems.toJson().toString());
  }
}
