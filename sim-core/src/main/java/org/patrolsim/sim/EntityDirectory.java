// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities of one simulation as dense indices, fixed when it is built: the ids in name order
 * are 0, 1, 2, ... Every ordering inside the engine compares these indices, never names. Resolving
 * an id to its index reads the index the id instance remembers from this directory; only an id
 * instance not seen before (a fresh {@code EntityId.of(name)}) costs a lookup by name. Immutable
 * and shared by every run of the simulation.
 */
final class EntityDirectory {
  private final List<EntityId> ids;
  private final Map<EntityId, Integer> byName = new HashMap<>();

  /** {@code sortedIds}: the simulation's ids in name order. */
  EntityDirectory(Collection<EntityId> sortedIds) {
    this.ids = List.copyOf(sortedIds);
    for (int i = 0; i < ids.size(); i++) {
      byName.put(ids.get(i), i);
      ids.get(i).remember(this, i);
    }
  }

  int size() {
    return ids.size();
  }

  /** The id at {@code index}. */
  EntityId id(int index) {
    return ids.get(index);
  }

  /** The index of {@code id}, or -1 when it is not an entity of this simulation. */
  int indexOf(EntityId id) {
    int index = id.indexIn(this);
    if (index >= 0) {
      return index;
    }
    Integer found = byName.get(id);
    if (found == null) {
      return -1;
    }
    id.remember(this, found);
    return found;
  }
}
