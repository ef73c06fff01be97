// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Every fit made on a force's records and every input that could not be fitted, with the days
 * fitted.
 *
 * @param window the days the fits used
 * @param calls the calls in them
 * @param holdoutFrom the start of the hold-out (the window's end less its days), or null without
 *     one
 * @param heldOut the calls from that day on (not fitted)
 * @param fits the fitted inputs, in a fixed order
 * @param notFitted the inputs left at the base plan's values, and why
 */
public record Calibration(
    Window window,
    int calls,
    LocalDateTime holdoutFrom,
    int heldOut,
    List<Fit> fits,
    List<NotFitted> notFitted) {
  public Calibration {
    fits = List.copyOf(fits);
    notFitted = List.copyOf(notFitted);
  }
}
