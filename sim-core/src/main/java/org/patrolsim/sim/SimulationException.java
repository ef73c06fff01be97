// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import java.util.Optional;

/**
 * A replication that cannot go on: a model error (an event in the past, an unknown target, an
 * entity that threw) or an engine limit. Names the entity and the simulated time when they are
 * known.
 */
public final class SimulationException extends RuntimeException {

  private final transient EntityId entity;
  private final long time;

  public SimulationException(EntityId entity, long time, String message, Throwable cause) {
    super(describe(entity, time, message), cause);
    this.entity = entity;
    this.time = time;
  }

  public SimulationException(EntityId entity, long time, String message) {
    this(entity, time, message, null);
  }

  public SimulationException(String message) {
    super(message);
    this.entity = null;
    this.time = -1;
  }

  /** The entity at fault, if one is. */
  public Optional<EntityId> entity() {
    return Optional.ofNullable(entity);
  }

  /** The simulated time in milliseconds, or -1 when not tied to a time. */
  public long time() {
    return time;
  }

  private static String describe(EntityId entity, long time, String message) {
    String who = entity == null ? "simulation" : "entity '" + entity.name() + "'";
    return who + " at simulated time " + time + " ms: " + message;
  }
}
