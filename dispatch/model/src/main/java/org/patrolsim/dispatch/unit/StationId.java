// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.unit;

import java.util.Objects;

/**
 * The id of a police station, as the scenario names it. Any text works (spaces, slashes): ids are
 * never parsed out of other names.
 */
public record StationId(String value) implements Comparable<StationId> {

  public StationId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public int compareTo(StationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
