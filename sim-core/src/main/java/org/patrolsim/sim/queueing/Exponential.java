// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.queueing;

import org.patrolsim.sim.Context;

/** Exponential draws by inversion, which gives the same numbers on every JVM. */
final class Exponential {

  private Exponential() {}

  static double draw(Context<?> ctx, double mean) {
    return -mean * Math.log1p(-ctx.random().nextDouble());
  }
}
