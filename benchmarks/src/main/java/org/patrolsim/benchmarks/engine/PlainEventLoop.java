// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;
import org.patrolsim.sim.EntityId;
import org.patrolsim.sim.Seeds;

/**
 * The baseline: a plain single-threaded priority-queue event loop running the same entities with
 * the same tie-break order (time, delta, source, sequence) and the same random streams, without
 * actors.
 */
public final class PlainEventLoop<M> {

  private record Event(long time, int delta, int source, long seq, int target, Object message) {}

  private final PriorityQueue<Event> queue =
      new PriorityQueue<>(
          (a, b) -> {
            int c = Long.compare(a.time, b.time);
            c = c != 0 ? c : Integer.compare(a.delta, b.delta);
            c = c != 0 ? c : Integer.compare(a.source, b.source);
            return c != 0 ? c : Long.compare(a.seq, b.seq);
          });
  private final List<Entity<M>> entities = new ArrayList<>();
  private final List<Ctx> contexts = new ArrayList<>();
  private final Map<EntityId, Integer> ordinals = new HashMap<>();
  private final long horizon;
  private long events;

  /** {@code ids} must be in the engine's order (sorted by name). */
  public PlainEventLoop(
      List<EntityId> ids, Supplier<? extends Entity<M>> factory, long seed, long horizon) {
    this.horizon = horizon;
    for (int i = 0; i < ids.size(); i++) {
      ordinals.put(ids.get(i), i);
      entities.add(factory.get());
      contexts.add(new Ctx(i, ids.get(i), Seeds.streamFor(seed, ids.get(i))));
    }
  }

  /** Runs to the horizon and returns the number of events delivered. */
  @SuppressWarnings("unchecked")
  public long run() {
    for (int i = 0; i < entities.size(); i++) {
      contexts.get(i).at(0, 0);
      entities.get(i).start(contexts.get(i));
    }
    Event e;
    while ((e = queue.poll()) != null && e.time <= horizon) {
      Ctx ctx = contexts.get(e.target);
      ctx.at(e.time, e.delta);
      events++;
      entities.get(e.target).receive((M) e.message, ctx);
    }
    return events;
  }

  private final class Ctx implements Context<M> {
    private final int ordinal;
    private final EntityId id;
    private final RandomGenerator random;
    private long now;
    private int delta;
    private long seq;

    Ctx(int ordinal, EntityId id, RandomGenerator random) {
      this.ordinal = ordinal;
      this.id = id;
      this.random = random;
    }

    void at(long time, int atDelta) {
      now = time;
      delta = atDelta;
    }

    @Override
    public long now() {
      return now;
    }

    @Override
    public int delta() {
      return delta;
    }

    @Override
    public EntityId self() {
      return id;
    }

    @Override
    public RandomGenerator random() {
      return random;
    }

    @Override
    public void schedule(long delayMillis, M message) {
      queue.add(
          new Event(
              now + delayMillis,
              delayMillis == 0 ? delta + 1 : 0,
              ordinal,
              seq++,
              ordinal,
              message));
    }

    @Override
    public void send(EntityId to, M message) {
      send(to, 0, message);
    }

    @Override
    public void send(EntityId to, long delayMillis, M message) {
      queue.add(
          new Event(
              now + delayMillis,
              delayMillis == 0 ? delta + 1 : 0,
              ordinal,
              seq++,
              ordinals.get(to),
              message));
    }

    @Override
    public void emit(Object record) {
      seq++;
    }

    @Override
    public void stop() {}
  }
}
