// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch;

import java.util.List;

/**
 * Marks an exception as a user's mistake (bad scenario, bad CSV, bad map, bad option) rather than a
 * bug.
 *
 * <p>Its message must be one line naming the file, the field or line, and what was expected; an
 * error that reports several independent problems at once gives each as one such line in {@link
 * #lines()}. Exceptions from other modules (geo, sim-core) are adapted to this in the command that
 * calls them.
 */
public interface UserInputError {
  String getMessage();

  /** The problems, one line each: the message alone unless the error reports several. */
  default List<String> lines() {
    return List.of(getMessage());
  }
}
