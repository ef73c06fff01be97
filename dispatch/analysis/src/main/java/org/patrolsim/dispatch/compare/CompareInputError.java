// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.compare;

import org.patrolsim.dispatch.UserInputError;

/**
 * A folder given to {@code patrolsim compare} that is not a run's output, or two runs that cannot
 * be compared (other maps, other numbers of days): one line naming the folder and what was
 * expected.
 */
public final class CompareInputError extends RuntimeException implements UserInputError {
  private static final long serialVersionUID = 1L;

  CompareInputError(String message) {
    super(message);
  }
}
