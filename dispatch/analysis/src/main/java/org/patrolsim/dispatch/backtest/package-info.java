// SPDX-License-Identifier: Apache-2.0
/**
 * The back-test ({@code patrolsim run PLAN --compare RECORDS}): a run that replays a force's
 * recorded calls is compared with the records, measure by measure (call handling, drive, response,
 * time on scene, unit time) over slices (all, priority, block of hours, jurisdiction), each line
 * with medians, 90th percentiles, the Kolmogorov-Smirnov D and p-value and the Wasserstein-1
 * distance and a verdict under stated {@link org.patrolsim.dispatch.backtest.Tolerances};
 * docs/MODEL.md §9 gives the rules. The simulated side is folded from the run's events ({@link
 * org.patrolsim.dispatch.backtest.SimulatedRun}).
 */
package org.patrolsim.dispatch.backtest;
