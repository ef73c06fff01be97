// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import java.util.List;
import org.patrolsim.dispatch.UserInputError;

/**
 * A mistake in a scenario file or a {@code --set} override: the message names the file and the
 * field. The validator's checks of independent fields give one error with a line per problem
 * ({@link #lines()}; the message is those lines joined by line breaks).
 */
public final class ScenarioError extends RuntimeException implements UserInputError {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an unmodifiable list of strings
  private final List<String> lines;

  public ScenarioError(String message) {
    super(message);
    this.lines = List.of(message);
  }

  public ScenarioError(String message, Throwable cause) {
    super(message, cause);
    this.lines = List.of(message);
  }

  /** One error for several problems, one line each (at least one). */
  public ScenarioError(List<String> lines) {
    super(String.join("\n", lines));
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a scenario error needs at least one line");
    }
    this.lines = List.copyOf(lines);
  }

  /** Each problem, one line naming the file and the field. */
  @Override
  public List<String> lines() {
    return lines;
  }
}
