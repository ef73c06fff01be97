// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.random.RandomGenerator;

/**
 * The engine side of one entity: its clock view, random stream, source sequence and the outputs of
 * the current step. Written only by the entity's actor during a step and read only by the
 * coordinator between steps (the {@link Round} countdown orders the two).
 */
final class EntityContext<M> implements Context<M> {

  private final Entity<M> entity;
  private final int ordinal;
  private final EntityId id;
  private final EntityDirectory directory;
  private final RandomGenerator random;

  private long now;
  private int delta;
  private long sequence;
  private boolean finishing;

  /**
   * The events of the current step for this entity, in order: filled and cleared by the coordinator
   * between steps, read by the entity's actor during the step (the round orders the two).
   */
  final List<FutureEvent> batch = new ArrayList<>();

  final List<FutureEvent> events = new ArrayList<>();
  final List<SimRecord> records = new ArrayList<>();
  private final PriorityQueue<FutureEvent> ownFuture = new PriorityQueue<>(FutureEvent.ORDER);
  long processed;
  boolean stopRequested;
  SimulationException failure;

  EntityContext(Entity<M> entity, int ordinal, EntityId id, EntityDirectory directory, long seed) {
    this.entity = entity;
    this.ordinal = ordinal;
    this.id = id;
    this.directory = directory;
    this.random = Seeds.streamFor(seed, id);
  }

  EntityId id() {
    return id;
  }

  void runStart() {
    at(0, 0);
    guarded(() -> entity.start(this));
  }

  void runFinish(long endTime, int endDelta) {
    at(endTime, endDelta);
    finishing = true;
    guarded(() -> entity.finish(this));
  }

  /**
   * Delivers a batch at (time, delta), then runs ahead while the next event is strictly before
   * {@code bound}: on events this entity schedules for itself and on {@code ahead}, later events
   * for it taken from the future event list. The coordinator grants a bound above the time only
   * when this entity is the sole one active and no event for another entity comes before the bound;
   * anything this entity sends to others, or at zero delay, lowers the bound. Events run ahead in
   * the same key order and batches as steps would run them (conservative lookahead), so the records
   * are the same.
   */
  @SuppressWarnings("unchecked")
  void runStep(
      long time, int atDelta, List<FutureEvent> batch, List<FutureEvent> ahead, long bound) {
    at(time, atDelta);
    for (int i = 0, n = batch.size(); i < n; i++) {
      processed++;
      if (!receiveGuarded((M) batch.get(i).message())) {
        return;
      }
    }
    if (bound > time) {
      ownFuture.addAll(ahead);
      runAhead(bound);
    } else if (!ahead.isEmpty()) {
      events.addAll(ahead);
    }
  }

  private void runAhead(long bound) {
    int scanned = 0;
    while (failure == null && !stopRequested) {
      bound = keepOwnFuture(scanned, bound);
      scanned = events.size();
      FutureEvent next = ownFuture.peek();
      if (next == null || next.time() >= bound) {
        break;
      }
      at(next.time(), 0);
      while (!ownFuture.isEmpty() && ownFuture.peek().time() == now) {
        processed++;
        @SuppressWarnings("unchecked")
        M message = (M) ownFuture.poll().message();
        if (!receiveGuarded(message)) {
          break;
        }
      }
    }
    events.addAll(ownFuture);
    ownFuture.clear();
  }

  /** Moves new own delta-0 future events into the local queue; anything else lowers the bound. */
  private long keepOwnFuture(int from, long bound) {
    int kept = from;
    for (int i = from; i < events.size(); i++) {
      FutureEvent e = events.get(i);
      if (e.target() == ordinal && e.delta() == 0 && e.time() > now) {
        ownFuture.add(e);
      } else {
        bound = Math.min(bound, e.time());
        events.set(kept++, e);
      }
    }
    events.subList(kept, events.size()).clear();
    return bound;
  }

  private void at(long time, int atDelta) {
    this.now = time;
    this.delta = atDelta;
  }

  /** {@link #guarded} for the hot path, without a lambda per message. */
  private boolean receiveGuarded(M message) {
    try {
      entity.receive(message, this);
    } catch (SimulationException e) {
      fail(e);
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      fail(new SimulationException(id, now, "entity threw " + e, e));
    }
    return failure == null;
  }

  private boolean guarded(Runnable call) {
    try {
      call.run();
    } catch (SimulationException e) {
      fail(e);
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      fail(new SimulationException(id, now, "entity threw " + e, e));
    }
    return failure == null;
  }

  private void fail(SimulationException e) {
    if (failure == null) {
      failure = e;
    }
  }

  void clearOutputs() {
    if (!events.isEmpty()) {
      events.clear();
    }
    if (!records.isEmpty()) {
      records.clear();
    }
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
    post(ordinal, id, delayMillis, message);
  }

  @Override
  public void send(EntityId to, M message) {
    send(to, 0, message);
  }

  @Override
  public void send(EntityId to, long delayMillis, M message) {
    int target = directory.indexOf(to);
    if (target < 0) {
      throw misuse("message " + message + " sent to unknown target entity '" + to + "'");
    }
    post(target, to, delayMillis, message);
  }

  private void post(int target, EntityId to, long delayMillis, M message) {
    if (finishing) {
      throw misuse("cannot schedule or send while finishing (only emit is allowed)");
    }
    if (message == null) {
      throw misuse("null message to '" + to + "'");
    }
    if (delayMillis < 0) {
      throw misuse(
          "event "
              + message
              + " for '"
              + to
              + "' scheduled in the past (delay "
              + delayMillis
              + " ms)");
    }
    if (delayMillis > Long.MAX_VALUE - now) {
      throw misuse("event " + message + " for '" + to + "' scheduled beyond the end of time");
    }
    events.add(
        new FutureEvent(
            now + delayMillis,
            delayMillis == 0 ? delta + 1 : 0,
            ordinal,
            sequence++,
            target,
            message));
  }

  @Override
  public void emit(Object record) {
    if (record == null) {
      throw misuse("null record");
    }
    records.add(new SimRecord(now, delta, id, sequence++, record));
  }

  @Override
  public void stop() {
    stopRequested = true;
  }

  private SimulationException misuse(String message) {
    SimulationException e = new SimulationException(id, now, message);
    fail(e);
    return e;
  }
}
