// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.hypercube;

import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.patrolsim.dispatch.hypercube.HypercubeSpec;

/**
 * The naive baseline for {@link ExactSolverBenchmark}: the 2^N x 2^N generator of the same systems
 * solved densely by LU (commons-math3), state probabilities only. Only N = 8 and 10: at N = 12 one
 * LU of 4,096 x 4,096 takes minutes.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'hypercube' -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DenseLuBaselineBenchmark {
  @Param({"8", "10"})
  int units;

  HypercubeSpec spec;

  @Setup
  public void setUp() {
    spec = RandomHypercube.of(units);
  }

  @Benchmark
  public double[] baselineDenseLu() {
    return denseLossChain(spec);
  }

  /**
   * The 2^N loss chain as a dense generator, one balance equation replaced by sum p = 1, LU-solved.
   */
  static double[] denseLossChain(HypercubeSpec spec) {
    int states = 1 << spec.units();
    int full = states - 1;
    double[] mu = spec.serviceRates();
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
          q[s][s & ~(1 << n)] += mu[n];
        }
      }
      double out = 0;
      for (double v : q[s]) {
        out += v;
      }
      q[s][s] = -out;
    }
    RealMatrix a = new Array2DRowRealMatrix(q, false).transpose();
    for (int c = 0; c < states; c++) {
      a.setEntry(states - 1, c, 1.0);
    }
    RealVector b = new ArrayRealVector(states);
    b.setEntry(states - 1, 1.0);
    return new LUDecomposition(a).getSolver().solve(b).toArray();
  }
}
