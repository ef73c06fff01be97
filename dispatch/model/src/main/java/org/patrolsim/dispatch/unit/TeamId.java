// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.unit;

import java.util.Objects;

/**
 * Duty team {@code number} (1-based) of a police station; named {@code <station>/team-<number>}.
 */
public record TeamId(StationId station, int number) implements UnitId {

  public TeamId {
    Objects.requireNonNull(station, "station");
    if (number < 1) {
      throw new IllegalArgumentException("team numbers start at 1, got " + number);
    }
  }

  @Override
  public String name() {
    return station.value() + "/team-" + number;
  }

  @Override
  public String toString() {
    return name();
  }
}
