// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.queueing;

import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;

/**
 * c servers and a FIFO queue (unbounded for M/M/c, none for the loss system M/M/c/c). It measures
 * arrivals, waits and busy time after the warm-up and emits one {@link QueueEstimates} when the
 * replication finishes.
 */
final class Station implements Entity<QueueEvent> {

  private final MultiServerQueue model;
  private final TimeQueue waiting = new TimeQueue();
  private int busy;
  private long lastChange;
  private double busyTime;
  private long arrivals;
  private long queued;
  private long lost;
  private long started;
  private double waitSum;

  Station(MultiServerQueue model) {
    this.model = model;
  }

  @Override
  public void receive(QueueEvent message, Context<QueueEvent> ctx) {
    if (message instanceof QueueEvent.Arrival) {
      arrive(ctx);
    } else if (message instanceof QueueEvent.Departure) {
      depart(ctx);
    } else {
      throw new IllegalStateException("the station does not handle " + message);
    }
  }

  private void arrive(Context<QueueEvent> ctx) {
    boolean measured = ctx.now() >= model.warmupMillis();
    if (measured) {
      arrivals++;
    }
    if (busy < model.servers()) {
      startService(ctx, ctx.now());
    } else if (model.loss()) {
      lost += measured ? 1 : 0;
    } else {
      queued += measured ? 1 : 0;
      waiting.add(ctx.now());
    }
  }

  private void depart(Context<QueueEvent> ctx) {
    accumulateBusy(ctx.now());
    busy--;
    if (!waiting.isEmpty()) {
      startService(ctx, waiting.poll());
    }
  }

  private void startService(Context<QueueEvent> ctx, long arrivedAt) {
    accumulateBusy(ctx.now());
    busy++;
    if (arrivedAt >= model.warmupMillis()) {
      started++;
      waitSum += ctx.now() - arrivedAt;
    }
    ctx.schedule(
        Math.round(Exponential.draw(ctx, (double) model.meanServiceMillis())),
        new QueueEvent.Departure());
  }

  private void accumulateBusy(long now) {
    long from = Math.max(lastChange, model.warmupMillis());
    if (now > from) {
      busyTime += (double) busy * (now - from);
    }
    lastChange = now;
  }

  @Override
  public void finish(Context<QueueEvent> ctx) {
    accumulateBusy(ctx.now());
    double window = (double) (ctx.now() - model.warmupMillis()) * model.servers();
    ctx.emit(
        new QueueEstimates(
            arrivals,
            arrivals == 0 ? Double.NaN : (double) queued / arrivals,
            started == 0 ? Double.NaN : waitSum / started,
            window <= 0 ? Double.NaN : busyTime / window,
            arrivals == 0 ? Double.NaN : (double) lost / arrivals));
  }

  /** A FIFO of arrival times without boxing. */
  private static final class TimeQueue {
    private long[] items = new long[64];
    private int head;
    private int size;

    void add(long t) {
      if (size == items.length) {
        long[] grown = new long[items.length * 2];
        for (int i = 0; i < size; i++) {
          grown[i] = items[(head + i) % items.length];
        }
        items = grown;
        head = 0;
      }
      items[(head + size++) % items.length] = t;
    }

    long poll() {
      long t = items[head];
      head = (head + 1) % items.length;
      size--;
      return t;
    }

    boolean isEmpty() {
      return size == 0;
    }
  }
}
