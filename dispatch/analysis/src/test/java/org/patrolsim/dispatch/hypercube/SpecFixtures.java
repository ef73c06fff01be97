// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Hypercube systems built in code for tests. */
final class SpecFixtures {
  private SpecFixtures() {}

  /**
   * N atoms, one per unit, each of rate lambda/N, with unit n home to atom n and the others after
   * it in cyclic order: every unit faces the same demand, so each workload equals the mean.
   */
  static HypercubeSpec symmetric(int units, double lambda, double mu, LineCapacity capacity) {
    List<HypercubeSpec.Atom> atoms = new ArrayList<>();
    for (int j = 0; j < units; j++) {
      int[] order = new int[units];
      for (int k = 0; k < units; k++) {
        order[k] = (j + k) % units;
      }
      atoms.add(new HypercubeSpec.Atom(lambda / units, order));
    }
    double[] mus = new double[units];
    java.util.Arrays.fill(mus, mu);
    return new HypercubeSpec(mus, capacity, atoms, Optional.empty());
  }

  /** A lopsided system: random atom rates (some 0) and random preference lists. */
  static HypercubeSpec random(
      int units,
      int atomCount,
      double load,
      boolean unequalRates,
      LineCapacity capacity,
      long seed) {
    Random random = new Random(seed);
    double[] mus = new double[units];
    for (int n = 0; n < units; n++) {
      mus[n] = unequalRates ? 0.5 + random.nextDouble() : 1.0;
    }
    double[] raw = new double[atomCount];
    double rawSum = 0;
    for (int j = 0; j < atomCount; j++) {
      raw[j] = j % 7 == 3 ? 0 : random.nextDouble() * random.nextDouble();
      rawSum += raw[j];
    }
    double totalMu = java.util.Arrays.stream(mus).sum();
    List<HypercubeSpec.Atom> atoms = new ArrayList<>();
    for (int j = 0; j < atomCount; j++) {
      List<Integer> order = new ArrayList<>();
      for (int n = 0; n < units; n++) {
        order.add(n);
      }
      Collections.shuffle(order, random);
      atoms.add(
          new HypercubeSpec.Atom(
              raw[j] / rawSum * load * totalMu,
              order.stream().mapToInt(Integer::intValue).toArray()));
    }
    return new HypercubeSpec(mus, capacity, atoms, Optional.empty());
  }
}
