// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.hypercube;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.patrolsim.dispatch.hypercube.ExactHypercubeSolver;
import org.patrolsim.dispatch.hypercube.HypercubeSolution;
import org.patrolsim.dispatch.hypercube.HypercubeSpec;
import org.patrolsim.dispatch.hypercube.LarsonApproximation;

/**
 * The exact hypercube solver (sparse Gauss-Seidel over 2^N states, with all measures) and Larson's
 * approximation; the naive baseline is {@link DenseLuBaselineBenchmark}.
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar 'hypercube' -f 1 -wi 3 -i 5 -w 1s -r 1s
 * java -jar benchmarks/target/benchmarks.jar 'ExactSolverBenchmark' -p units=12,16 -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExactSolverBenchmark {
  @Param({"8", "10", "12", "16"})
  int units;

  /**
   * Atoms per unit: 4 (a small SPEC), or 1250 (20,000 atoms at N = 16: the size of a plan's
   * hypercube).
   */
  @Param({"4", "1250"})
  int atomsPerUnit;

  HypercubeSpec spec;

  @Setup
  public void setUp() {
    spec = RandomHypercube.of(units, atomsPerUnit * units);
  }

  @Benchmark
  public HypercubeSolution exactGaussSeidel() {
    return ExactHypercubeSolver.solve(spec);
  }

  @Benchmark
  public HypercubeSolution larsonApproximation() {
    return LarsonApproximation.solve(spec);
  }
}
