// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo;

/**
 * A user's mistake in geographic input: a coordinate out of range, a point that is not a number.
 *
 * <p>The message is one line saying what was wrong and what was expected. The CLI adapts it to its
 * own user-error type (exit code 2, no stack trace).
 */
public class GeoInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GeoInputException(String message) {
    super(message);
  }

  public GeoInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
