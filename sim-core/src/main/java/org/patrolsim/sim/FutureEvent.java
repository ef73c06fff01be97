// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import java.util.Comparator;

/**
 * An entry of the future event list. Its key (time, delta, source, sequence) is the engine's total
 * order; source is the ordinal of the sending entity ({@link #EXTERNAL} for initial and injected
 * events).
 */
record FutureEvent(long time, int delta, int source, long sequence, int target, Object message) {

  static final int EXTERNAL = -1;

  static final Comparator<FutureEvent> ORDER =
      (a, b) -> {
        int c = Long.compare(a.time, b.time);
        if (c != 0) {
          return c;
        }
        c = Integer.compare(a.delta, b.delta);
        if (c != 0) {
          return c;
        }
        c = Integer.compare(a.source, b.source);
        return c != 0 ? c : Long.compare(a.sequence, b.sequence);
      };
}
