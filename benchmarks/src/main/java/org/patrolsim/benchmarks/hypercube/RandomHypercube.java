// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.hypercube;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.patrolsim.dispatch.hypercube.HypercubeSpec;
import org.patrolsim.dispatch.hypercube.LineCapacity;

/**
 * A fixed pseudo-random hypercube system: N units at rate 1, 4N atoms (or as many as asked: a real
 * plan's hypercube has thousands), utilisation 0.6, infinite queue.
 */
final class RandomHypercube {
  private RandomHypercube() {}

  static HypercubeSpec of(int units) {
    return of(units, 4 * units);
  }

  static HypercubeSpec of(int units, int atomCount) {
    Random random = new Random(units);
    double[] raw = new double[atomCount];
    double sum = 0;
    for (int j = 0; j < atomCount; j++) {
      raw[j] = 0.1 + random.nextDouble();
      sum += raw[j];
    }
    List<HypercubeSpec.Atom> atoms = new ArrayList<>();
    for (int j = 0; j < atomCount; j++) {
      List<Integer> order = new ArrayList<>();
      for (int n = 0; n < units; n++) {
        order.add(n);
      }
      Collections.shuffle(order, random);
      atoms.add(
          new HypercubeSpec.Atom(
              raw[j] / sum * 0.6 * units, order.stream().mapToInt(Integer::intValue).toArray()));
    }
    double[] mu = new double[units];
    Arrays.fill(mu, 1.0);
    return new HypercubeSpec(mu, LineCapacity.INFINITE, atoms, Optional.empty());
  }
}
