// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractOnMessageBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import java.util.List;

/**
 * The actor that hosts one {@link Entity}: it runs the step it is handed and arrives at the round.
 *
 * <p>An {@link AbstractOnMessageBehavior} with a switch on the sealed protocol rather than a built
 * receive: the actor gets one message per step it takes part in, and the builder's chain of class
 * tests and adapters was about a tenth of the engine's time on the crowded benchmark model.
 */
final class EntityActor extends AbstractOnMessageBehavior<EntityActor.Command> {

  sealed interface Command {}

  /** Call {@link Entity#start} at time 0. */
  record Start(Round round) implements Command {}

  /**
   * Run the step at (time, delta) on this entity's batch (kept in its {@link EntityContext#batch},
   * filled by the coordinator before the step); then run ahead on own and {@code ahead} events
   * strictly before {@code bound}. One instance per step, shared by all the step's entities: the
   * per-entity part stays in the context, so a crowded step allocates one message, not one per
   * entity.
   */
  record Deliver(Round round, long time, int delta, List<FutureEvent> ahead, long bound)
      implements Command {}

  /** Call {@link Entity#finish} at the end time. */
  record Finish(Round round, long time, int delta) implements Command {}

  private final EntityContext<?> entity;

  private EntityActor(ActorContext<Command> context, EntityContext<?> entity) {
    super(context);
    this.entity = entity;
  }

  static Behavior<Command> create(EntityContext<?> entity) {
    return Behaviors.setup(ctx -> new EntityActor(ctx, entity));
  }

  @Override
  public Behavior<Command> onMessage(Command command) {
    if (command instanceof Deliver step) {
      return onDeliver(step);
    } else if (command instanceof Start start) {
      return onStart(start);
    } else if (command instanceof Finish finish) {
      return onFinish(finish);
    }
    return this;
  }

  private Behavior<Command> onStart(Start start) {
    entity.runStart();
    start.round().arrive();
    return this;
  }

  private Behavior<Command> onDeliver(Deliver step) {
    entity.runStep(step.time(), step.delta(), entity.batch, step.ahead(), step.bound());
    step.round().arrive();
    return this;
  }

  private Behavior<Command> onFinish(Finish finish) {
    entity.runFinish(finish.time(), finish.delta());
    finish.round().arrive();
    return this;
  }
}
