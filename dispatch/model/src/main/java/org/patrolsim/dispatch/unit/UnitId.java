// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.unit;

/**
 * A unit that can be sent to an incident: a roving patrol car or a duty team of a police station.
 * Its {@link #name()} is what reports show; units order by that name, the tie-break of equal road
 * times.
 */
public sealed interface UnitId extends Comparable<UnitId> permits CarId, TeamId {

  /** The name shown in reports ({@code car-07}, {@code station-07/team-2}). */
  String name();

  default boolean isPatrolCar() {
    return this instanceof CarId;
  }

  @Override
  default int compareTo(UnitId other) {
    return name().compareTo(other.name());
  }
}
