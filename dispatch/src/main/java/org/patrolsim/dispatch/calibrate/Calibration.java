// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.time.LocalDate;
import java.util.List;

/**
 * Every fit made on a force's records and every input that could not be fitted, with the days fitted.
 *
 * @param window the days the fits used
 * @param calls the calls in them
 * @param holdoutFrom the first day held out for the back-test, or null without a hold-out
 * @param heldOut the calls from that day on (not fitted)
 * @param fits the fitted inputs, in a fixed order
 * @param notFitted the inputs left at the base plan's values, and why
 */
public record Calibration(Window window, int calls, LocalDate holdoutFrom, int heldOut, List<Fit> fits,
    List<NotFitted> notFitted) {
  public Calibration {
    fits = List.copyOf(fits);
    notFitted = List.copyOf(notFitted);
  }
}
