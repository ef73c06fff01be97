// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.util.List;

/**
 * A fit against its data for the page: counts of the data per bin and the counts the fitted
 * distribution expects in the same bins.
 *
 * @param axis what the bins measure, with the unit, e.g. "minutes on scene"
 * @param bins each bin's label
 * @param observed the data's count per bin
 * @param fitted the fit's expected count per bin
 */
public record Histogram(
    String axis, List<String> bins, List<Integer> observed, List<Double> fitted) {
  public Histogram {
    bins = List.copyOf(bins);
    observed = List.copyOf(observed);
    fitted = List.copyOf(fitted);
  }
}
