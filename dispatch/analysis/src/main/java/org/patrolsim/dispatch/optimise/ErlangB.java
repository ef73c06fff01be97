// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

/**
 * Erlang's loss formula: the probability that a call finds all {@code c} servers busy when the
 * offered load is {@code a} erlangs and a call that finds them busy is lost (goes elsewhere), not
 * queued. Computed by the stable recursion B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)).
 */
final class ErlangB {
  private ErlangB() {}

  /** B(c, a) for a whole number of servers {@code c >= 0} and a load {@code a >= 0}. */
  static double loss(int c, double a) {
    if (c < 0 || !(a >= 0)) {
      throw new IllegalArgumentException("Erlang B needs c >= 0 and a >= 0, got " + c + ", " + a);
    }
    double b = 1;
    for (int k = 1; k <= c; k++) {
      b = a * b / (k + a * b);
    }
    return b;
  }

  /**
   * B for a fractional number of servers (a plan whose part-day cars cover part of an hour): the
   * straight line between the whole numbers either side, which keeps it convex and decreasing in c.
   */
  static double loss(double c, double a) {
    int low = (int) Math.floor(c);
    double f = c - low;
    double b = loss(low, a);
    return f == 0 ? b : b + f * (loss(low + 1, a) - b);
  }
}
