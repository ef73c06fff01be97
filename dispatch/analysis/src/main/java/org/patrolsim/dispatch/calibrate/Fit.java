// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One fitted plan input: its value, how it was fitted, on how many records, how well, and what was
 * left out by reason.
 *
 * @param name the fit, e.g. {@code callHandling.urgent}
 * @param target the scenario field it sets, e.g. {@code response.callHandlingSeconds.urgent}; null
 *     when it is reported only
 * @param value the fitted value as written to the scenario (a number, a list or a mapping)
 * @param details more figures for the report (e.g. the all-calls fit beside the quiet-calls one)
 * @param method the method, in a sentence
 * @param n the records the fit used
 * @param goodness how well it fits
 * @param leftOut records not used, by reason
 * @param histogram the data against the fit, or null
 */
public record Fit(
    String name,
    String target,
    Object value,
    Map<String, Object> details,
    String method,
    int n,
    Goodness goodness,
    Map<String, Integer> leftOut,
    Histogram histogram) {
  public Fit {
    details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    leftOut = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
  }
}
