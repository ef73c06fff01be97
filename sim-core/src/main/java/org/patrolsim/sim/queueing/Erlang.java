// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.queueing;

/**
 * Erlang's formulas for c identical servers with Poisson arrivals and exponential service: the loss
 * system M/M/c/c (Erlang B) and the delay system M/M/c (Erlang C). The offered load a = lambda / mu
 * is in erlangs; the delay system needs a < c.
 */
public final class Erlang {

  private Erlang() {}

  /** Erlang B: the probability that an arrival finds all {@code servers} busy and is lost. */
  public static double lossProbability(int servers, double offeredLoad) {
    requireServers(servers);
    if (!(offeredLoad >= 0)) {
      throw new IllegalArgumentException("offered load must be >= 0, got " + offeredLoad);
    }
    double b = 1;
    for (int k = 1; k <= servers; k++) {
      b = offeredLoad * b / (k + offeredLoad * b);
    }
    return b;
  }

  /** Erlang C: the probability that an arrival has to wait. */
  public static double probabilityOfWaiting(int servers, double offeredLoad) {
    requireStable(servers, offeredLoad);
    double b = lossProbability(servers, offeredLoad);
    return servers * b / (servers - offeredLoad * (1 - b));
  }

  /**
   * The mean time in queue over all arrivals, C / (c mu - lambda), in the unit of {@code
   * meanServiceTime}.
   */
  public static double meanWait(int servers, double offeredLoad, double meanServiceTime) {
    double c = probabilityOfWaiting(servers, offeredLoad);
    return c * meanServiceTime / (servers - offeredLoad);
  }

  /** The share of time a server of the delay system is busy: a / c. */
  public static double utilisation(int servers, double offeredLoad) {
    requireStable(servers, offeredLoad);
    return offeredLoad / servers;
  }

  /** The share of time a server of the loss system is busy: a (1 - B) / c. */
  public static double lossSystemUtilisation(int servers, double offeredLoad) {
    return offeredLoad * (1 - lossProbability(servers, offeredLoad)) / servers;
  }

  private static void requireServers(int servers) {
    if (servers < 1) {
      throw new IllegalArgumentException("at least one server, got " + servers);
    }
  }

  private static void requireStable(int servers, double offeredLoad) {
    requireServers(servers);
    if (!(offeredLoad >= 0 && offeredLoad < servers)) {
      throw new IllegalArgumentException(
          "a delay system needs 0 <= load < servers, got load "
              + offeredLoad
              + " for "
              + servers
              + " servers");
    }
  }
}
