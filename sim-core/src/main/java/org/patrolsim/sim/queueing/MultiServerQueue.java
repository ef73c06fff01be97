// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.queueing;

import akka.actor.typed.ActorSystem;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.patrolsim.sim.EntityId;
import org.patrolsim.sim.Replications;
import org.patrolsim.sim.Simulation;
import org.patrolsim.sim.SimulationResult;

/**
 * The M/M/c delay system and the M/M/c/c loss system built on the engine: an arrival source entity
 * and a station entity. Used to check the engine against {@link Erlang}'s formulas, and by {@code
 * patrolsim validate}.
 *
 * <p>Each replication starts empty, runs {@code warmupMillis} unmeasured, then measures for {@code
 * measuredMillis}. Times are in ms; with service times of a minute or more the rounding of
 * exponential draws to whole ms is far below the statistical error.
 *
 * @param servers c
 * @param offeredLoad a = lambda / mu in erlangs (for the delay system a < c; utilisation is a / c)
 * @param loss true for the loss system M/M/c/c, false for M/M/c with an unbounded FIFO queue
 */
public record MultiServerQueue(
    int servers,
    double offeredLoad,
    boolean loss,
    long meanServiceMillis,
    long warmupMillis,
    long measuredMillis) {

  public static final EntityId SOURCE = EntityId.of("arrivals");
  public static final EntityId STATION = EntityId.of("station");

  private static final long MINUTE = 60_000;

  public MultiServerQueue {
    if (servers < 1) {
      throw new IllegalArgumentException("at least one server, got " + servers);
    }
    if (!(offeredLoad > 0) || (!loss && offeredLoad >= servers)) {
      throw new IllegalArgumentException(
          "offered load must be > 0" + (loss ? "" : " and < servers") + ", got " + offeredLoad);
    }
    if (meanServiceMillis < 1 || warmupMillis < 0 || measuredMillis < 1) {
      throw new IllegalArgumentException(
          "mean service, warm-up and measured times must be positive");
    }
  }

  /**
   * M/M/c at utilisation rho = a / c, one-minute mean service; set the run length with {@link
   * #run}.
   */
  public static MultiServerQueue delaySystem(int servers, double utilisation) {
    return new MultiServerQueue(servers, utilisation * servers, false, MINUTE, 0, MINUTE);
  }

  /** M/M/c/c with offered load a erlangs, one-minute mean service. */
  public static MultiServerQueue lossSystem(int servers, double offeredLoad) {
    return new MultiServerQueue(servers, offeredLoad, true, MINUTE, 0, MINUTE);
  }

  /** The same system with warm-up and measured window given in mean service times. */
  public MultiServerQueue run(double warmupServices, double measuredServices) {
    return new MultiServerQueue(
        servers,
        offeredLoad,
        loss,
        meanServiceMillis,
        Math.round(warmupServices * meanServiceMillis),
        Math.round(measuredServices * meanServiceMillis));
  }

  public double meanInterarrivalMillis() {
    return meanServiceMillis / offeredLoad;
  }

  /** One replication with replication seed {@code seed}. */
  public Simulation<QueueEvent> simulation(long seed) {
    return Simulation.<QueueEvent>builder()
        .seed(seed)
        .horizon(warmupMillis + measuredMillis)
        .entity(SOURCE, () -> new ArrivalSource(STATION, meanInterarrivalMillis()))
        .entity(STATION, () -> new Station(this))
        .build();
  }

  /** The estimates a finished replication emitted. */
  public static QueueEstimates estimates(SimulationResult result) {
    List<QueueEstimates> found = result.payloads(QueueEstimates.class);
    if (found.size() != 1) {
      throw new IllegalStateException("expected one QueueEstimates record, found " + found.size());
    }
    return found.get(0);
  }

  /** Runs the replications of {@code plan} and returns their estimates in replication order. */
  public CompletionStage<List<QueueEstimates>> replicate(ActorSystem<?> system, Replications plan) {
    return plan.run(system, rep -> simulation(rep.seed()), MultiServerQueue::estimates);
  }

  /** What Erlang's formulas say for this system (arrivals = 0). */
  public QueueEstimates theory() {
    if (loss) {
      return new QueueEstimates(
          0,
          0,
          0,
          Erlang.lossSystemUtilisation(servers, offeredLoad),
          Erlang.lossProbability(servers, offeredLoad));
    }
    return new QueueEstimates(
        0,
        Erlang.probabilityOfWaiting(servers, offeredLoad),
        Erlang.meanWait(servers, offeredLoad, (double) meanServiceMillis),
        Erlang.utilisation(servers, offeredLoad),
        0);
  }
}
