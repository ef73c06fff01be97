// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.queueing;

import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;
import org.patrolsim.sim.EntityId;

/**
 * A Poisson arrival process. It draws arrivals a block at a time and sends each to the station with
 * its delay, so the source wakes once per block, not once per customer; the process is the same.
 */
final class ArrivalSource implements Entity<QueueEvent> {

  static final int BLOCK = 64;

  private final EntityId station;
  private final double meanInterarrivalMillis;

  ArrivalSource(EntityId station, double meanInterarrivalMillis) {
    this.station = station;
    this.meanInterarrivalMillis = meanInterarrivalMillis;
  }

  @Override
  public void start(Context<QueueEvent> ctx) {
    nextBlock(ctx);
  }

  @Override
  public void receive(QueueEvent message, Context<QueueEvent> ctx) {
    nextBlock(ctx);
  }

  private void nextBlock(Context<QueueEvent> ctx) {
    double offset = 0;
    for (int i = 0; i < BLOCK; i++) {
      offset += Exponential.draw(ctx, meanInterarrivalMillis);
      ctx.send(station, Math.round(offset), new QueueEvent.Arrival());
    }
    ctx.schedule(Math.round(offset), new QueueEvent.NextArrivals());
  }
}
