// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.protocol;

import org.patrolsim.dispatch.incident.IncidentCall;

/** The incident source's protocol: its own timers. */
public sealed interface ToSource extends Msg {

  /** Time for the next candidate arrival of the Poisson process. */
  record NextCall() implements ToSource {}

  /** A replayed call due now. */
  record ReplayCall(IncidentCall call) implements ToSource {}
}
