// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.geo.LatLon;

/**
 * One call of a CAD export, after the reader's checks: when it was received, where, what (the
 * file's category and the scenario type it maps to), how urgent, whether officers started it
 * themselves, and the units that went, in dispatch order.
 *
 * @param callId the export's call number, or the line number as text when it has no call column
 * @param line the first line of the call in the file
 * @param received when the call was received (wall clock, scenario zone)
 * @param point where (WGS 84)
 * @param category the file's category text, or null without a type column
 * @param type the scenario incident type it maps to
 * @param priority its priority
 * @param selfInitiated whether officers started it themselves (on view), not a caller
 * @param units the units that went, ordered by dispatch time (units without one last); may be empty
 */
public record RecordedCall(
    String callId,
    int line,
    LocalDateTime received,
    LatLon point,
    String category,
    String type,
    Priority priority,
    boolean selfInitiated,
    List<UnitVisit> units) {

  private static final Comparator<UnitVisit> BY_DISPATCH =
      Comparator.comparing(UnitVisit::dispatched, Comparator.nullsLast(Comparator.naturalOrder()));

  public RecordedCall {
    Objects.requireNonNull(received, "received");
    units = units.stream().sorted(BY_DISPATCH).toList();
  }

  /** The first unit dispatched, if any unit went. */
  public Optional<UnitVisit> firstUnit() {
    return units.isEmpty() ? Optional.empty() : Optional.of(units.get(0));
  }

  /** The first time any unit was on scene. */
  public Optional<LocalDateTime> firstOnScene() {
    return units.stream()
        .map(UnitVisit::onScene)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder());
  }

  /** A stage's length, empty when a time it needs is not recorded (or was left out). */
  public Optional<Duration> span(Span span) {
    Optional<UnitVisit> first = firstUnit();
    return switch (span) {
      case HANDLING -> between(received, first.map(UnitVisit::dispatched).orElse(null));
      case TURNOUT -> first.flatMap(u -> between(u.dispatched(), u.enRoute()));
      case DRIVE ->
          first.flatMap(
              u -> between(u.enRoute() != null ? u.enRoute() : u.dispatched(), u.onScene()));
      case RESPONSE -> between(received, firstOnScene().orElse(null));
      case ON_SCENE -> first.flatMap(u -> between(u.onScene(), u.cleared()));
    };
  }

  private static Optional<Duration> between(LocalDateTime from, LocalDateTime to) {
    return from == null || to == null ? Optional.empty() : Optional.of(Duration.between(from, to));
  }
}
