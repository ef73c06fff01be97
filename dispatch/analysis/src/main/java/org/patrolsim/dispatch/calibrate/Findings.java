// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.util.ArrayList;
import java.util.List;

/**
 * What the fits found, in the order they ran: the fits made and the inputs that could not be
 * fitted.
 */
final class Findings {
  final List<Fit> fits = new ArrayList<>();
  final List<NotFitted> notFitted = new ArrayList<>();

  void add(Fit fit) {
    fits.add(fit);
  }

  void add(NotFitted why) {
    notFitted.add(why);
  }
}
