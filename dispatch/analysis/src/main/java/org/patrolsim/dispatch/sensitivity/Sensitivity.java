// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sensitivity;

import java.util.List;
import org.patrolsim.dispatch.sweep.ReplicationExecutor;
import org.patrolsim.dispatch.sweep.Sweep;
import org.patrolsim.dispatch.sweep.SweepProgress;

/**
 * Runs a sensitivity analysis: one-at-a-time ranges, each input at each end of its range with
 * everything else at the plan's values, every variant on the same R replication seeds (common
 * random numbers), run by the sweep machinery on {@code executor}, then ranked.
 */
public final class Sensitivity {
  private Sensitivity() {}

  /** Runs every variant of {@code setup} and ranks the inputs for each of its KPIs. */
  public static SensitivityResult run(
      SensitivitySetup setup, ReplicationExecutor executor, SweepProgress progress) {
    try {
      return SensitivityResult.of(setup, Sweep.run(setup.sweep(), List.of(), executor, progress));
    } catch (RuntimeException e) {
      throw RefusedEnd.explain(setup, e);
    }
  }
}
