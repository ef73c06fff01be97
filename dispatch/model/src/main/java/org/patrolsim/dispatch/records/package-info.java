// SPDX-License-Identifier: Apache-2.0
/**
 * A force's computer-aided dispatch (CAD) records as patrolsim reads them: one {@link
 * org.patrolsim.dispatch.records.RecordedCall} per call with the stage times of every unit that
 * went ({@link org.patrolsim.dispatch.records.UnitVisit}), read through the replay's column
 * mapping, with every record or stage left out counted by {@link
 * org.patrolsim.dispatch.records.Problem}. Calibration ({@code calibrate}) fits the plan to them;
 * the back-test ({@code backtest}) compares a run with them.
 */
package org.patrolsim.dispatch.records;
