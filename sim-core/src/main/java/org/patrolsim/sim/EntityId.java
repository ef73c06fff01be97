// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import java.util.Objects;

/**
 * The stable name of an entity in a simulation. Ids are ordered by their name ({@link String#compareTo}),
 * which is the tie-break between sources at equal time and delta cycle: the order never depends on
 * registration order, thread scheduling or mailbox arrival.
 */
public record EntityId(String name) implements Comparable<EntityId> {

  public EntityId {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("entity name must not be blank");
    }
  }

  public static EntityId of(String name) {
    return new EntityId(name);
  }

  @Override
  public int compareTo(EntityId other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
