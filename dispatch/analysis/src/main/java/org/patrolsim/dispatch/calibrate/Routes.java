// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import java.util.OptionalDouble;
import org.patrolsim.dispatch.records.RecordedCall;

/**
 * The routed, congestion-free car time of a call's first unit from where it was at dispatch to the
 * call.
 */
@FunctionalInterface
public interface Routes {
  /** Routes that know no unit's position: travel is not fitted. */
  Routes NONE = call -> OptionalDouble.empty();

  /**
   * The seconds at speed factor 1 without congestion; empty when the records give no position for
   * the first unit; infinite when the map has no way.
   */
  OptionalDouble seconds(RecordedCall call);
}
