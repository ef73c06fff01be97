// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import org.patrolsim.dispatch.UserInputError;

/**
 * A hypercube SPEC the user wrote is wrong: the message names the file, the field and what was
 * expected.
 */
public final class InvalidHypercubeSpecException extends RuntimeException
    implements UserInputError {
  private static final long serialVersionUID = 1L;

  public InvalidHypercubeSpecException(String message) {
    super(message);
  }

  public InvalidHypercubeSpecException(String message, Throwable cause) {
    super(message, cause);
  }
}
