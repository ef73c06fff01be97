// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.dispatch;

import java.lang.management.ManagementFactory;
import java.util.function.DoubleSupplier;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The process's CPU time and the simulated days run, per iteration (JMH's secondary results {@code
 * cpuMs} and {@code days}): on a shared machine the wall time of a day swings with the load, its
 * CPU time much less.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class DayCpu {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  public double cpuMs;
  public long days;

  @Setup(Level.Iteration)
  public void reset() {
    cpuMs = 0;
    days = 0;
  }

  /**
   * Runs one simulated {@code day}, counting the CPU time it took; returns what it returns. Not
   * public: JMH takes an aux counter state's public methods for counters.
   */
  double count(DoubleSupplier day) {
    long before = OS.getProcessCpuTime();
    double result = day.getAsDouble();
    cpuMs += (OS.getProcessCpuTime() - before) / 1e6;
    days++;
    return result;
  }
}
