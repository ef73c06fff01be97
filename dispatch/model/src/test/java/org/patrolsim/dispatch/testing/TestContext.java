// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.patrolsim.sim.Context;
import org.patrolsim.sim.EntityId;

/**
 * A hand-driven {@link Context} for testing one entity alone: the test sets the clock, hands the
 * entity messages, and reads what it scheduled, sent and emitted. No engine, no actors, no other
 * entities.
 */
public final class TestContext<M> implements Context<M> {
  /**
   * Something the entity scheduled to itself ({@code delayMs} after {@code atMs}) or sent to
   * another.
   */
  public record Out<M>(long atMs, long delayMs, EntityId to, M message) {
    public long dueMs() {
      return atMs + delayMs;
    }
  }

  private final EntityId self;
  private final SplittableRandom random;
  private long now;
  private final List<Out<M>> scheduled = new ArrayList<>();
  private final List<Out<M>> sent = new ArrayList<>();
  private final List<Object> emitted = new ArrayList<>();
  private boolean stopped;

  public TestContext(EntityId self, long seed) {
    this.self = self;
    this.random = new SplittableRandom(seed);
  }

  public TestContext<M> at(long nowMs) {
    if (nowMs < now) {
      throw new IllegalArgumentException("time runs forward: " + nowMs + " < " + now);
    }
    this.now = nowMs;
    return this;
  }

  public List<Out<M>> scheduled() {
    return scheduled;
  }

  public List<Out<M>> sent() {
    return sent;
  }

  public List<Object> emitted() {
    return emitted;
  }

  /** The emitted records of one type, in order. */
  public <T> List<T> emitted(Class<T> type) {
    return emitted.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The messages of one type sent to other entities, in order. */
  public <T> List<T> sent(Class<T> type) {
    return sent.stream().map(Out::message).filter(type::isInstance).map(type::cast).toList();
  }

  /** The last timer of one type scheduled, or null. */
  public <T> Out<M> lastScheduled(Class<T> type) {
    for (int i = scheduled.size() - 1; i >= 0; i--) {
      if (type.isInstance(scheduled.get(i).message())) {
        return scheduled.get(i);
      }
    }
    return null;
  }

  public boolean stopped() {
    return stopped;
  }

  /** Forgets what was recorded so far (the clock stays). */
  public void clear() {
    scheduled.clear();
    sent.clear();
    emitted.clear();
  }

  @Override
  public long now() {
    return now;
  }

  @Override
  public int delta() {
    return 0;
  }

  @Override
  public EntityId self() {
    return self;
  }

  @Override
  public RandomGenerator random() {
    return random;
  }

  @Override
  public void schedule(long delayMillis, M message) {
    if (delayMillis < 0) {
      throw new IllegalArgumentException("scheduled in the past: " + delayMillis);
    }
    scheduled.add(new Out<>(now, delayMillis, self, message));
  }

  @Override
  public void send(EntityId to, M message) {
    sent.add(new Out<>(now, 0, to, message));
  }

  @Override
  public void send(EntityId to, long delayMillis, M message) {
    sent.add(new Out<>(now, delayMillis, to, message));
  }

  @Override
  public void emit(Object record) {
    emitted.add(record);
  }

  @Override
  public void stop() {
    stopped = true;
  }
}
