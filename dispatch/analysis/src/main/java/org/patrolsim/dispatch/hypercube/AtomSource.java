// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;

/** An atom: sends the dispatcher a call at the times of a Poisson process of its rate. */
final class AtomSource implements Entity<HypercubeModel.Event> {
  private final int atom;
  private final double rate;

  AtomSource(int atom, double rate) {
    this.atom = atom;
    this.rate = rate;
  }

  @Override
  public void start(Context<HypercubeModel.Event> ctx) {
    if (rate > 0) {
      ctx.schedule(
          HypercubeModel.exponentialMillis(ctx.random(), rate), new HypercubeModel.NextCall());
    }
  }

  @Override
  public void receive(HypercubeModel.Event message, Context<HypercubeModel.Event> ctx) {
    if (message instanceof HypercubeModel.NextCall) {
      ctx.send(HypercubeModel.DISPATCHER, new HypercubeModel.Call(atom, ctx.now()));
      ctx.schedule(
          HypercubeModel.exponentialMillis(ctx.random(), rate), new HypercubeModel.NextCall());
    }
  }
}
