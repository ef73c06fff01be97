// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch;

/**
 * Marks an exception as a user's mistake (bad scenario, bad CSV, bad map, bad option) rather than a
 * bug.
 *
 * <p>Its message must be one line naming the file, the field or line, and what was expected.
 * Exceptions from other modules (geo, sim-core) are adapted to this in the command that calls them.
 */
public interface UserInputError {
  String getMessage();
}
