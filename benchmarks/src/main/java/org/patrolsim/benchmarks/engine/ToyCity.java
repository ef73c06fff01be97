// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.engine;

import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;
import org.patrolsim.sim.EntityId;
import org.patrolsim.sim.Simulation;

/**
 * The toy model of the engine benchmarks: {@code size} entities that wake on whole seconds (so
 * hundreds act at each timestamp), do a little arithmetic, sometimes message a random other entity
 * with a delay and reschedule themselves. The same {@link Member} objects run on the engine and on
 * {@link PlainEventLoop}.
 */
public final class ToyCity {

  /** The toy model's one message. */
  public record Ping(int hops) {}

  private ToyCity() {}

  private static final EntityId[] IDS =
      java.util.stream.IntStream.range(0, 10_000)
          .mapToObj(i -> EntityId.of(String.format("m%04d", i)))
          .toArray(EntityId[]::new);

  /** The id of member {@code i} (0 to 9,999), zero-padded so that id order is index order. */
  public static EntityId id(int i) {
    return IDS[i];
  }

  /** One member of the toy city. */
  public static final class Member implements Entity<Ping> {
    private final int size;
    private final long quantum;
    private long state;

    /** A member that wakes on whole seconds: many members act at each timestamp. */
    public Member(int size) {
      this(size, 1_000);
    }

    /**
     * A member whose delays are multiples of {@code quantum} ms: 1,000 gives crowded timestamps, 1
     * gives nearly every event a timestamp of its own (a sparse, dispatch-like model) when delays
     * are long.
     */
    public Member(int size, long quantum) {
      this.size = size;
      this.quantum = quantum;
    }

    private long delay(Context<Ping> ctx, int slots) {
      return quantum == 1_000
          ? 1_000L * (1 + ctx.random().nextInt(slots))
          : quantum * (1 + ctx.random().nextInt(slots * (int) (300_000 / quantum)));
    }

    @Override
    public void start(Context<Ping> ctx) {
      ctx.schedule(delay(ctx, 3), new Ping(0));
    }

    @Override
    public void receive(Ping ping, Context<Ping> ctx) {
      state = state * 6364136223846793005L + ping.hops() + ctx.random().nextInt(1_000);
      if (ping.hops() == 0) {
        if (ctx.random().nextInt(10) < 3) {
          ctx.send(id(ctx.random().nextInt(size)), delay(ctx, 2), new Ping(1));
        }
        ctx.schedule(delay(ctx, 3), new Ping(0));
      }
    }

    public long state() {
      return state;
    }
  }

  /** The toy city as an engine simulation: members wake on whole seconds. */
  public static Simulation<Ping> simulation(int size, long horizonMillis, long seed) {
    return simulation(size, 1_000, horizonMillis, seed);
  }

  /**
   * The sparse variant: members wake every 10 minutes on average at arbitrary milliseconds, so
   * almost every step has a single event; the shape of a dispatch day (about 100 entities, tens of
   * thousands of events).
   */
  public static Simulation<Ping> sparse(int size, long horizonMillis, long seed) {
    return simulation(size, 1, horizonMillis, seed);
  }

  private static Simulation<Ping> simulation(
      int size, long quantum, long horizonMillis, long seed) {
    Simulation.Builder<Ping> b = Simulation.<Ping>builder().seed(seed).horizon(horizonMillis);
    for (int i = 0; i < size; i++) {
      b.entity(id(i), () -> new Member(size, quantum));
    }
    return b.build();
  }
}
