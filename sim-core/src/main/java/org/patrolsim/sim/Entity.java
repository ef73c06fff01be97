// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

/**
 * A model's entity: a plain object that the engine runs inside its own actor. It never sees the
 * actor, the coordinator or other entities' state; it reacts to messages and talks through its
 * {@link Context}.
 *
 * <p>All messages for one simulated time and delta cycle arrive in one batch, one {@code receive}
 * call each, in the engine's total order (time, delta, source entity, source sequence). An entity
 * must be deterministic given its messages and {@link Context#random()}: no wall clock, no shared
 * mutable state.
 *
 * @param <M> the model's message type (usually a sealed interface of records shared by its
 *     entities)
 */
public interface Entity<M> {

  /** Called once at simulated time 0, before any event is delivered. */
  default void start(Context<M> ctx) {}

  /** Called for each message or event addressed to this entity, in deterministic order. */
  void receive(M message, Context<M> ctx);

  /**
   * Called once when the replication ends (horizon reached, no events left, or a stop request),
   * with {@link Context#now()} the end time. Only {@link Context#emit(Object)} is allowed here: use
   * it to flush the entity's summary records.
   */
  default void finish(Context<M> ctx) {}
}
