// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.patrolsim.sim.queueing.Erlang;

class ExactHypercubeSolverTest {
  private static final double FOUR_DECIMALS = 0.5e-4;

  @Test
  void reproducesLarsonOdoniPublishedExample() {
    HypercubeSolution s =
        ExactHypercubeSolver.solve(LarsonOdoniExample.spec(LineCapacity.INFINITE));

    // Larson & Odoni (1981), eq. 5.30a-c, section 5.4.4 and Table 5-5
    assertThat(s.workloads()[0]).isCloseTo(0.5574, within(FOUR_DECIMALS));
    assertThat(s.workloads()[1]).isCloseTo(0.4734, within(FOUR_DECIMALS));
    assertThat(s.workloads()[2]).isCloseTo(0.4693, within(FOUR_DECIMALS));
    assertThat(s.probAllBusy()).isCloseTo(0.23684, within(0.5e-5));
    assertThat(s.dispatchFractions()[0][0])
        .isCloseTo(0.0869, within(FOUR_DECIMALS)); // "about 8.7 percent"
    assertThat(s.interDistrictFraction())
        .isCloseTo(0.4353, within(FOUR_DECIMALS)); // book prints 0.43529
  }

  @Test
  void publishedExampleHasTheMmnEmptyStateAndQueueWait() {
    HypercubeSolution s =
        ExactHypercubeSolver.solve(LarsonOdoniExample.spec(LineCapacity.INFINITE));
    // equal service rates: the number of busy units is M/M/3 with a = 1.5, so P(000) = 1/4.75
    assertThat(s.stateProbabilities()[0]).isCloseTo(1 / 4.75, within(1e-10));
    // Wq = C / (N mu - lambda)
    assertThat(s.meanQueueWait())
        .isCloseTo(Erlang.probabilityOfWaiting(3, 1.5) / 1.5, within(1e-10));
  }

  @ParameterizedTest
  @EnumSource(LineCapacity.class)
  void symmetricAtomsGiveErlang(LineCapacity capacity) {
    int n = 5;
    double lambda = 3.2;
    double mu = 0.8;
    HypercubeSolution s =
        ExactHypercubeSolver.solve(SpecFixtures.symmetric(n, lambda, mu, capacity));

    double a = lambda / mu;
    if (capacity == LineCapacity.INFINITE) {
      double c = Erlang.probabilityOfWaiting(n, a);
      assertThat(s.probAllBusy()).isCloseTo(c, within(1e-9));
      assertThat(s.meanQueueWait()).isCloseTo(Erlang.meanWait(n, a, 1 / mu), within(1e-9));
      assertEveryWorkload(s, a / n);
    } else {
      double b = Erlang.lossProbability(n, a);
      assertThat(s.probAllBusy()).isCloseTo(b, within(1e-9));
      assertThat(s.meanQueueWait()).isZero();
      assertEveryWorkload(s, a * (1 - b) / n);
    }
  }

  @ParameterizedTest
  @EnumSource(LineCapacity.class)
  void anyPreferenceListsWithEqualRatesStillGiveErlangForAllBusy(LineCapacity capacity) {
    HypercubeSpec spec = SpecFixtures.random(7, 23, 0.7, false, capacity, 11);
    HypercubeSolution s = ExactHypercubeSolver.solve(spec);
    double a = spec.totalArrivalRate();
    double expected =
        capacity == LineCapacity.INFINITE
            ? Erlang.probabilityOfWaiting(7, a)
            : Erlang.lossProbability(7, a);
    assertThat(s.probAllBusy()).isCloseTo(expected, within(1e-9));
  }

  @ParameterizedTest
  @EnumSource(LineCapacity.class)
  void gaussSeidelAgreesWithDirectSolutionForUnequalRates(LineCapacity capacity) {
    HypercubeSpec spec = SpecFixtures.random(5, 12, 0.8, true, capacity, 5);
    double[] direct = directLossChain(spec);
    HypercubeSolution s = ExactHypercubeSolver.solve(spec);

    double[] p = s.stateProbabilities();
    double scale = p[0] / direct[0]; // infinite queue: the 2^N states share the mass with the tail
    for (int state = 0; state < p.length; state++) {
      assertThat(p[state]).as("state %d", state).isCloseTo(direct[state] * scale, within(1e-11));
    }
    if (capacity == LineCapacity.ZERO) {
      assertThat(scale).isCloseTo(1.0, within(1e-11));
    }
  }

  @ParameterizedTest
  @EnumSource(LineCapacity.class)
  void unequalRatesConserveWorkAndDispatches(LineCapacity capacity) {
    HypercubeSpec spec = SpecFixtures.random(6, 15, 0.75, true, capacity, 3);
    HypercubeSolution s = ExactHypercubeSolver.solve(spec);

    // each busy period of unit n is one dispatch: sum_n mu_n rho_n = rate of calls served
    double served =
        spec.totalArrivalRate() * (capacity == LineCapacity.ZERO ? 1 - s.probAllBusy() : 1);
    double work = 0;
    for (int n = 0; n < spec.units(); n++) {
      work += spec.serviceRate(n) * s.workloads()[n];
    }
    assertThat(work).isCloseTo(served, within(1e-10));
    double total = 0;
    for (int j = 0; j < spec.atomCount(); j++) {
      double atomShare = spec.atoms().get(j).rate() / spec.totalArrivalRate();
      assertThat(s.atomShare(j)).isCloseTo(atomShare, within(1e-12));
      total += s.atomShare(j);
    }
    assertThat(total).isCloseTo(1.0, within(1e-12));
    // unit n's share of dispatches is its share of the service work
    for (int n = 0; n < spec.units(); n++) {
      double unitShare = 0;
      for (double fnj : s.dispatchFractions()[n]) {
        unitShare += fnj;
      }
      assertThat(unitShare)
          .isCloseTo(spec.serviceRate(n) * s.workloads()[n] / served, within(1e-10));
    }
  }

  @ParameterizedTest
  @EnumSource(LineCapacity.class)
  void dispatchFractionsAndUpRatesFollowTheirDefinitionStateByState(LineCapacity capacity) {
    HypercubeSpec spec = SpecFixtures.random(7, 40, 0.8, true, capacity, 17);
    HypercubeSolution s = ExactHypercubeSolver.solve(spec);
    double[] p = s.stateProbabilities();
    int full = p.length - 1;
    double lambda = spec.totalArrivalRate();
    double[] upRate = HypercubeChain.upRates(spec);
    for (int state = 0; state < full; state++) {
      double[] direct = new double[spec.units()];
      for (HypercubeSpec.Atom atom : spec.atoms()) {
        direct[HypercubeChain.firstFree(state, atom.preference())] += atom.rate();
      }
      for (int n = 0; n < spec.units(); n++) {
        assertThat(upRate[state * spec.units() + n])
            .as("state %d unit %d", state, n)
            .isCloseTo(direct[n], within(1e-12));
      }
    }
    for (int j = 0; j < spec.atomCount(); j++) {
      HypercubeSpec.Atom atom = spec.atoms().get(j);
      double[] f = new double[spec.units()];
      for (int state = 0; state < full; state++) {
        f[HypercubeChain.firstFree(state, atom.preference())] += atom.rate() / lambda * p[state];
      }
      for (int n = 0; n < spec.units(); n++) {
        double expected =
            capacity == LineCapacity.INFINITE
                ? f[n]
                    + atom.rate()
                        / lambda
                        * s.probAllBusy()
                        * spec.serviceRate(n)
                        / spec.totalServiceRate()
                : f[n] / (1 - s.probAllBusy());
        assertThat(s.dispatchFractions()[n][j])
            .as("f[%d][%d]", n, j)
            .isCloseTo(expected, within(1e-13));
      }
    }
  }

  @Test
  void twelveUnitsSolveToTolerance() {
    HypercubeSpec spec = SpecFixtures.random(12, 60, 0.7, true, LineCapacity.INFINITE, 12);
    HypercubeSolution s = ExactHypercubeSolver.solve(spec);
    assertThat(s.stateProbabilities()).hasSize(4096);
    assertThat(s.residual()).isLessThan(HypercubeChain.TOLERANCE);
    double work = 0;
    for (int n = 0; n < 12; n++) {
      work += spec.serviceRate(n) * s.workloads()[n];
    }
    assertThat(work).isCloseTo(spec.totalArrivalRate(), within(1e-9));
  }

  @Test
  void travelTimesAverageTheDispatchFractions() {
    HypercubeSpec spec =
        HypercubeSpecReader.read(
            java.nio.file.Path.of("src/test/resources/hypercube/with-travel-times.json"));
    HypercubeSolution s = ExactHypercubeSolver.solve(spec);
    double[][] f = s.dispatchFractions();
    HypercubeSolution.TravelTimes t = s.travelTimes().orElseThrow();
    double atom1 = (f[0][0] * 2.0 + f[1][0] * 5.0) / (f[0][0] + f[1][0]);
    assertThat(t.perAtom()[0]).isCloseTo(atom1, within(1e-12));
    assertThat(t.perAtom()[0]).isBetween(2.0, 5.0);
    assertThat(t.overall())
        .isCloseTo(f[0][0] * 2 + f[0][1] * 6 + f[1][0] * 5 + f[1][1] * 3, within(1e-12));
  }

  private static void assertEveryWorkload(HypercubeSolution s, double expected) {
    for (double w : s.workloads()) {
      assertThat(w).isCloseTo(expected, within(1e-9));
    }
  }

  /**
   * The 2^N loss chain solved densely (LU) as an independent check of the Gauss-Seidel solution.
   */
  private static double[] directLossChain(HypercubeSpec spec) {
    int states = 1 << spec.units();
    int full = states - 1;
    double[][] q = new double[states][states];
    for (int s = 0; s < states; s++) {
      if (s != full) {
        for (HypercubeSpec.Atom atom : spec.atoms()) {
          for (int unit : atom.preference()) {
            if ((s & (1 << unit)) == 0) {
              q[s][s | (1 << unit)] += atom.rate();
              break;
            }
          }
        }
      }
      for (int n = 0; n < spec.units(); n++) {
        if ((s & (1 << n)) != 0) {
          q[s][s & ~(1 << n)] += spec.serviceRate(n);
        }
      }
      double out = 0;
      for (double v : q[s]) {
        out += v;
      }
      q[s][s] = -out;
    }
    RealMatrix a = new Array2DRowRealMatrix(q).transpose();
    for (int c = 0; c < states; c++) {
      a.setEntry(states - 1, c, 1.0); // replace one balance equation by sum p = 1
    }
    RealVector b = new ArrayRealVector(states);
    b.setEntry(states - 1, 1.0);
    return new LUDecomposition(a).getSolver().solve(b).toArray();
  }
}
