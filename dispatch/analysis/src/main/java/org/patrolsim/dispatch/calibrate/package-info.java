// SPDX-License-Identifier: Apache-2.0
/**
 * {@code patrolsim calibrate}: fits a plan's inputs to a force's dispatch records ({@link
 * org.patrolsim.dispatch.records.RecordedCall}): arrivals by hour and day, the type and priority
 * mix, call handling apart from the wait for a unit, car turnout, time on scene per type and the
 * share of self-initiated work. Each fit is a small class returning a {@link
 * org.patrolsim.dispatch.calibrate.Fit} with its method, its sample size, its goodness of fit and
 * what it left out by reason; {@link org.patrolsim.dispatch.calibrate.Calibrator} runs them all and
 * {@link org.patrolsim.dispatch.calibrate.CalibrationFiles} writes the fitted scenario,
 * calibration.json and calibration.html. docs/MODEL.md section 8 states every method and rule.
 */
package org.patrolsim.dispatch.calibrate;
