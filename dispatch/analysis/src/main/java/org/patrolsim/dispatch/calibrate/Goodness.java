// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

/**
 * How well a fit matches its data: the measure's name, its value, and how to read it.
 *
 * @param measure e.g. {@code KS distance} or {@code dispersion index}
 * @param value its value (NaN: not computable, e.g. one day of data)
 * @param reading what values mean, e.g. "1 for Poisson counts"
 */
public record Goodness(String measure, double value, String reading) {}
