// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import java.util.Objects;

/**
 * The stable name of an entity in a simulation. Ids are ordered by their name ({@link
 * String#compareTo}), which is the tie-break between sources at equal time and delta cycle: the
 * order never depends on registration order, thread scheduling or mailbox arrival.
 *
 * <p>Equal when their names are equal. Inside the engine an id stands for a dense index, fixed when
 * the simulation is built (the ids in name order are 0, 1, 2, ...); an id instance remembers the
 * index it had in the last simulation that resolved it, so that sending to a kept id costs no
 * lookup by name. (A value class with that one cache, not a record: a record could not hold it.)
 */
public final class EntityId implements Comparable<EntityId> {
  private final String name;

  /**
   * The last directory that resolved this id and the index there. Written without synchronisation:
   * the pair is immutable (final fields), so a thread sees either null, or a whole pair, and a
   * stale pair only costs a lookup by name.
   */
  private Resolved resolved;

  public EntityId(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("entity name must not be blank");
    }
    this.name = name;
  }

  public static EntityId of(String name) {
    return new EntityId(name);
  }

  public String name() {
    return name;
  }

  /** The index {@code directory} gave this id when it last resolved it, or -1. */
  int indexIn(EntityDirectory directory) {
    Resolved r = resolved;
    return r != null && r.directory == directory ? r.index : -1;
  }

  void remember(EntityDirectory directory, int index) {
    resolved = new Resolved(directory, index);
  }

  private record Resolved(EntityDirectory directory, int index) {}

  @Override
  public int compareTo(EntityId other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EntityId other && name.equals(other.name);
  }

  /** The name's hash, as when this was a record of one component. */
  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
