// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import java.util.Optional;

/** Measures that follow from the dispatch fractions f[n][j] alone (Larson & Odoni, 5.4.4). */
final class DispatchMeasures {
  private DispatchMeasures() {}

  /** Fraction of dispatches where the unit sent is not the atom's home unit. */
  static double interDistrictFraction(HypercubeSpec spec, double[][] f) {
    double sum = 0;
    for (int j = 0; j < spec.atomCount(); j++) {
      int home = spec.atoms().get(j).homeUnit();
      for (int n = 0; n < spec.units(); n++) {
        if (n != home) {
          sum += f[n][j];
        }
      }
    }
    return sum;
  }

  /** Mean travel time per atom and overall, when the SPEC has a travel-time matrix. */
  static Optional<HypercubeSolution.TravelTimes> travelTimes(HypercubeSpec spec, double[][] f) {
    if (spec.travelTimes().isEmpty()) {
      return Optional.empty();
    }
    double[][] t = spec.travelTimes().get();
    double[] perAtom = new double[spec.atomCount()];
    double overall = 0;
    for (int j = 0; j < spec.atomCount(); j++) {
      double weighted = 0;
      double share = 0;
      for (int n = 0; n < spec.units(); n++) {
        weighted += f[n][j] * t[n][j];
        share += f[n][j];
      }
      perAtom[j] = share > 0 ? weighted / share : Double.NaN;
      overall += weighted;
    }
    return Optional.of(new HypercubeSolution.TravelTimes(perAtom, overall));
  }
}
