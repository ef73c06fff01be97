// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;

/** A response unit: serves each assigned call for an exponential time, then reports itself free. */
final class ResponseUnit implements Entity<HypercubeModel.Event> {
  private final int unit;
  private final double serviceRate;

  ResponseUnit(int unit, double serviceRate) {
    this.unit = unit;
    this.serviceRate = serviceRate;
  }

  @Override
  public void receive(HypercubeModel.Event message, Context<HypercubeModel.Event> ctx) {
    if (message instanceof HypercubeModel.Assign) {
      ctx.schedule(
          HypercubeModel.exponentialMillis(ctx.random(), serviceRate),
          new HypercubeModel.Complete());
    } else if (message instanceof HypercubeModel.Complete) {
      ctx.send(HypercubeModel.DISPATCHER, new HypercubeModel.Done(unit));
    }
  }
}
