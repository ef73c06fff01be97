// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import java.util.ArrayDeque;
import java.util.Deque;
import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;

/**
 * The dispatcher: sends each call the first free unit on its atom's preference list; when all are
 * busy the call waits in one FCFS queue for the next unit to free (infinite capacity) or is lost
 * (zero).
 *
 * <p>It also measures, after the warm-up: busy time per unit, all-busy time, dispatches per unit
 * and atom and queue waits of calls that arrived after the warm-up; at the end it emits one {@link
 * ReplicationSample}.
 */
final class HypercubeDispatcher implements Entity<HypercubeModel.Event> {
  private final HypercubeSpec spec;
  private final long warmupMillis;
  private final boolean[] busy;
  private int busyCount;
  private final Deque<HypercubeModel.Call> queue = new ArrayDeque<>();

  private long lastMillis;
  private final long[] busyMillis;
  private long allBusyMillis;
  private final long[][] dispatches;
  private long waitMillisSum;

  HypercubeDispatcher(HypercubeSpec spec, long warmupMillis) {
    this.spec = spec;
    this.warmupMillis = warmupMillis;
    this.busy = new boolean[spec.units()];
    this.busyMillis = new long[spec.units()];
    this.dispatches = new long[spec.units()][spec.atomCount()];
  }

  @Override
  public void receive(HypercubeModel.Event message, Context<HypercubeModel.Event> ctx) {
    advance(ctx.now());
    if (message instanceof HypercubeModel.Call call) {
      onCall(call, ctx);
    } else if (message instanceof HypercubeModel.Done done) {
      busy[done.unit()] = false;
      busyCount--;
      if (!queue.isEmpty()) {
        assign(done.unit(), queue.poll(), ctx);
      }
    }
  }

  private void onCall(HypercubeModel.Call call, Context<HypercubeModel.Event> ctx) {
    for (int unit : spec.atoms().get(call.atom()).preference()) {
      if (!busy[unit]) {
        assign(unit, call, ctx);
        return;
      }
    }
    if (spec.lineCapacity() == LineCapacity.INFINITE) {
      queue.add(call);
    }
  }

  private void assign(int unit, HypercubeModel.Call call, Context<HypercubeModel.Event> ctx) {
    busy[unit] = true;
    busyCount++;
    ctx.send(HypercubeModel.unitId(unit), new HypercubeModel.Assign(call));
    if (call.arrivalMillis() >= warmupMillis) {
      dispatches[unit][call.atom()]++;
      waitMillisSum += ctx.now() - call.arrivalMillis();
    }
  }

  /**
   * Adds the time since the last event, clipped to after the warm-up, to the busy-time integrals.
   */
  private void advance(long now) {
    long from = Math.max(lastMillis, warmupMillis);
    if (now > from) {
      long dt = now - from;
      for (int n = 0; n < busy.length; n++) {
        if (busy[n]) {
          busyMillis[n] += dt;
        }
      }
      if (busyCount == busy.length) {
        allBusyMillis += dt;
      }
    }
    lastMillis = Math.max(lastMillis, now);
  }

  @Override
  public void finish(Context<HypercubeModel.Event> ctx) {
    advance(ctx.now());
    ctx.emit(
        ReplicationSample.of(
            spec, busyMillis, allBusyMillis, dispatches, waitMillisSum, ctx.now() - warmupMillis));
  }
}
