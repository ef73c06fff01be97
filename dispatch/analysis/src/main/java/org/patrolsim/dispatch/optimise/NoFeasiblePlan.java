// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import org.patrolsim.dispatch.sweep.Target;

/**
 * No confirmed plan meets a constraint: one line naming the constraint that binds (the one most
 * plans miss), as any {@link OptimiseInputError}; a {@link TradeOff} records it as the point's
 * answer instead of stopping.
 */
public final class NoFeasiblePlan extends OptimiseInputError {
  private static final long serialVersionUID = 1L;
  private final transient Target binding;

  public NoFeasiblePlan(Target binding, String message) {
    super(message);
    this.binding = binding;
  }

  /** The constraint that binds. */
  public Target binding() {
    return binding;
  }
}
