// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.engine;

import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;
import org.patrolsim.sim.EntityId;
import org.patrolsim.sim.Simulation;

/**
 * The toy model of the engine benchmarks: {@code size} entities that wake on whole seconds (so hundreds
 * act at each timestamp), do a little arithmetic, sometimes message a random other entity with a delay
 * and reschedule themselves. The same {@link Member} objects run on the engine and on
 * {@link PlainEventLoop}.
 */
public final class ToyCity {

  /** The toy model's one message. */
  public record Ping(int hops) {
  }

  private ToyCity() {
  }

  private static final EntityId[] IDS = java.util.stream.IntStream.range(0, 10_000)
      .mapToObj(i -> EntityId.of(String.format("m%04d", i))).toArray(EntityId[]::new);

  /** The id of member {@code i} (0 to 9,999), zero-padded so that id order is index order. */
  public static EntityId id(int i) {
    return IDS[i];
  }

  /** One member of the toy city. */
  public static final class Member implements Entity<Ping> {
    private final int size;
    private long state;

    public Member(int size) {
      this.size = size;
    }

    @Override
    public void start(Context<Ping> ctx) {
      ctx.schedule(1_000L * (1 + ctx.random().nextInt(3)), new Ping(0));
    }

    @Override
    public void receive(Ping ping, Context<Ping> ctx) {
      state = state * 6364136223846793005L + ping.hops() + ctx.random().nextInt(1_000);
      if (ping.hops() == 0) {
        if (ctx.random().nextInt(10) < 3) {
          ctx.send(id(ctx.random().nextInt(size)), 1_000L * (1 + ctx.random().nextInt(2)), new Ping(1));
        }
        ctx.schedule(1_000L * (1 + ctx.random().nextInt(3)), new Ping(0));
      }
    }

    public long state() {
      return state;
    }
  }

  /** The toy city as an engine simulation. */
  public static Simulation<Ping> simulation(int size, long horizonMillis, long seed) {
    Simulation.Builder<Ping> b = Simulation.<Ping>builder().seed(seed).horizon(horizonMillis);
    for (int i = 0; i < size; i++) {
      b.entity(id(i), () -> new Member(size));
    }
    return b.build();
  }
}
