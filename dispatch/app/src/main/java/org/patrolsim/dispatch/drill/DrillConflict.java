// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

/**
 * A well-formed request that the drill cannot take in its present state (it has ended, its call
 * period is over): the web answers it with 409 and this message, and nothing changes.
 */
public final class DrillConflict extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DrillConflict(String message) {
    super(message);
  }
}
