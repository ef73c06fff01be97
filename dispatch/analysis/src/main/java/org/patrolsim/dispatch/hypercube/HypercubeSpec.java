// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A hypercube queueing system (Larson 1974): N units with exponential service, J atoms that each
 * send Poisson calls, and a fixed dispatch preference list per atom.
 *
 * <p>Units and atoms are numbered from 1 in the spec file; here they are indexed from 0. The rates
 * and service rates share one time unit. Instances are validated by {@link HypercubeSpecReader}.
 *
 * @param serviceRates service rate of each unit (1 / mean service time), all positive
 * @param lineCapacity infinite FCFS queue or zero (calls lost)
 * @param atoms the atoms, in order
 * @param travelTimes optional travel time in minutes from unit n's home to atom j, indexed [n][j]
 */
public record HypercubeSpec(
    double[] serviceRates,
    LineCapacity lineCapacity,
    List<Atom> atoms,
    Optional<double[][]> travelTimes) {

  /**
   * One atom: a point source of calls.
   *
   * @param rate Poisson arrival rate of calls, not negative
   * @param preference every unit index (0-based) once, most preferred first
   */
  public record Atom(double rate, int[] preference) {
    /** The unit first on the preference list: the atom's home unit (its primary response area). */
    public int homeUnit() {
      return preference[0];
    }
  }

  public HypercubeSpec {
    serviceRates = serviceRates.clone();
    atoms = List.copyOf(atoms);
  }

  public int units() {
    return serviceRates.length;
  }

  public int atomCount() {
    return atoms.size();
  }

  public double totalArrivalRate() {
    return atoms.stream().mapToDouble(Atom::rate).sum();
  }

  public double totalServiceRate() {
    return Arrays.stream(serviceRates).sum();
  }

  /** True when every unit has the same service rate (needed by Larson's approximation). */
  public boolean equalServiceRates() {
    return Arrays.stream(serviceRates).allMatch(mu -> mu == serviceRates[0]);
  }

  @Override
  public double[] serviceRates() {
    return serviceRates.clone();
  }

  double serviceRate(int unit) {
    return serviceRates[unit];
  }
}
