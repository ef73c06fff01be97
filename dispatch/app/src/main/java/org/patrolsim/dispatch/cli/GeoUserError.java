// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import org.patrolsim.dispatch.UserInputError;
import org.patrolsim.geo.GeoInputException;

/** Adapts geo's bad-input exceptions (bad map, zone file, coordinate) to a CLI user error. */
final class GeoUserError extends RuntimeException implements UserInputError {
  private static final long serialVersionUID = 1L;

  GeoUserError(GeoInputException cause) {
    super(cause.getMessage(), cause);
  }

  GeoUserError(String message) {
    super(message);
  }
}
