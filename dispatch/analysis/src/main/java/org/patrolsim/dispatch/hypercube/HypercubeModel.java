// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import java.util.random.RandomGenerator;
import org.patrolsim.sim.EntityId;
import org.patrolsim.sim.Simulation;

/**
 * A hypercube system as a model on the actor engine: one {@link AtomSource} per atom (Poisson
 * calls), one {@link HypercubeDispatcher} (preference lists, the FCFS queue or losses, and the
 * measurements) and one {@link ResponseUnit} per unit (exponential service; travel is inside the
 * service time).
 *
 * <p>One time unit of the SPEC's rates is simulated as {@link #TIME_UNIT_MILLIS} ms, so rounding
 * exponential draws to whole ms is far below the statistical error.
 */
final class HypercubeModel {
  /** The SPEC's time unit in engine milliseconds (one hour). */
  static final long TIME_UNIT_MILLIS = 3_600_000L;

  static final EntityId DISPATCHER = EntityId.of("dispatcher");

  /** The model's messages. */
  sealed interface Event permits NextCall, Call, Assign, Complete, Done {}

  /** An atom's own timer: its next call is due. */
  record NextCall() implements Event {}

  /** A call from an atom reaches the dispatcher. */
  record Call(int atom, long arrivalMillis) implements Event {}

  /** The dispatcher sends a unit to a call. */
  record Assign(Call call) implements Event {}

  /** A unit's own timer: its service is over. */
  record Complete() implements Event {}

  /** A unit tells the dispatcher it is free again. */
  record Done(int unit) implements Event {}

  private final HypercubeSpec spec;
  private final long horizonMillis;
  private final long warmupMillis;

  HypercubeModel(HypercubeSpec spec, double horizon, double warmup) {
    this.spec = spec;
    this.horizonMillis = Math.round(horizon * TIME_UNIT_MILLIS);
    this.warmupMillis = Math.round(warmup * TIME_UNIT_MILLIS);
  }

  static EntityId atomId(int atom) {
    return EntityId.of(String.format("atom-%05d", atom + 1));
  }

  static EntityId unitId(int unit) {
    return EntityId.of(String.format("unit-%05d", unit + 1));
  }

  /** One replication with replication seed {@code seed}. */
  Simulation<Event> simulation(long seed) {
    Simulation.Builder<Event> b = Simulation.<Event>builder().seed(seed).horizon(horizonMillis);
    b.entity(DISPATCHER, () -> new HypercubeDispatcher(spec, warmupMillis));
    for (int n = 0; n < spec.units(); n++) {
      int unit = n;
      b.entity(unitId(n), () -> new ResponseUnit(unit, spec.serviceRate(unit)));
    }
    for (int j = 0; j < spec.atomCount(); j++) {
      int atom = j;
      b.entity(atomId(j), () -> new AtomSource(atom, spec.atoms().get(atom).rate()));
    }
    return b.build();
  }

  /** An exponential delay with {@code rate} per time unit, in whole ms. */
  static long exponentialMillis(RandomGenerator random, double rate) {
    return Math.round(-Math.log(1 - random.nextDouble()) / rate * TIME_UNIT_MILLIS);
  }
}
