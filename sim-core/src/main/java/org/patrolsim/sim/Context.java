// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import java.util.random.RandomGenerator;

/**
 * What an entity may do: read the clock, draw random numbers from its own stream, schedule events,
 * message other entities and append records to the replication's output. Valid only inside the
 * {@link Entity} call it was passed to.
 *
 * <p>Every output gets the next number of this entity's source sequence; together with the time,
 * the delta cycle and the entity id it fixes the total order of events and records.
 *
 * @param <M> the model's message type
 */
public interface Context<M> {

  /** The current simulated time, in milliseconds since the start of the replication. */
  long now();

  /**
   * The delta cycle at {@link #now()}: 0 for the first step at a time, +1 for each zero-delay
   * round.
   */
  int delta();

  EntityId self();

  /**
   * This entity's own random stream, derived from (replication seed, entity id) by {@link Seeds}:
   * the same entity in two variants of a model draws the same numbers (common random numbers).
   */
  RandomGenerator random();

  /**
   * Schedules {@code message} to this entity after {@code delayMillis} (0: next delta cycle at the
   * same time). A negative delay is an event in the past and fails the replication.
   */
  void schedule(long delayMillis, M message);

  /** Sends {@code message} to {@code to} at the current time, in the next delta cycle. */
  void send(EntityId to, M message);

  /**
   * Sends {@code message} to {@code to} after {@code delayMillis}. Unknown targets fail the
   * replication.
   */
  void send(EntityId to, long delayMillis, M message);

  /**
   * Appends a domain record to the replication's output stream, stamped with time, delta, source,
   * sequence.
   */
  void emit(Object record);

  /** Asks the engine to end the replication once the current step is complete. */
  void stop();
}
