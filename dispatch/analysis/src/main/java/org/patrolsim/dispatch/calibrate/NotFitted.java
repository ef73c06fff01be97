// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

/**
 * A plan input calibration could not fit from these records, and why; the scenario keeps the base's
 * value.
 *
 * @param name the fit, e.g. {@code travel}
 * @param target the scenario fields it would have set
 * @param why the reason, in the user's terms
 */
public record NotFitted(String name, String target, String why) {}
