// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

/**
 * What one simulated replication measured after its warm-up; indexes as in {@link
 * HypercubeSolution}.
 *
 * @param workloads fraction of measured time each unit was busy
 * @param probAllBusy fraction of measured time all units were busy
 * @param dispatchFractions [n][j]: share of measured dispatches that sent unit n to atom j
 * @param interDistrictFraction share of measured dispatches not to the atom's home unit
 * @param meanQueueWait mean queue wait of the measured dispatches, in the rates' time unit
 * @param dispatched number of measured dispatches
 */
public record ReplicationSample(
    double[] workloads,
    double probAllBusy,
    double[][] dispatchFractions,
    double interDistrictFraction,
    double meanQueueWait,
    long dispatched) {

  static ReplicationSample of(
      HypercubeSpec spec,
      long[] busyMillis,
      long allBusyMillis,
      long[][] dispatches,
      long waitMillisSum,
      long measuredMillis) {
    double measured = measuredMillis;
    double[] workloads = new double[busyMillis.length];
    for (int n = 0; n < workloads.length; n++) {
      workloads[n] = busyMillis[n] / measured;
    }
    long total = 0;
    long away = 0;
    for (int n = 0; n < dispatches.length; n++) {
      for (int j = 0; j < dispatches[n].length; j++) {
        total += dispatches[n][j];
        away += n == spec.atoms().get(j).homeUnit() ? 0 : dispatches[n][j];
      }
    }
    double[][] f = new double[dispatches.length][];
    for (int n = 0; n < dispatches.length; n++) {
      f[n] = new double[dispatches[n].length];
      for (int j = 0; j < f[n].length; j++) {
        f[n][j] = total == 0 ? 0 : (double) dispatches[n][j] / total;
      }
    }
    double wait = total == 0 ? 0 : (double) waitMillisSum / total / HypercubeModel.TIME_UNIT_MILLIS;
    return new ReplicationSample(
        workloads,
        allBusyMillis / measured,
        f,
        total == 0 ? 0 : (double) away / total,
        wait,
        total);
  }
}
