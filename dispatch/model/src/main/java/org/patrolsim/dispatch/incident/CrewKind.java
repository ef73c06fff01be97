// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

/**
 * A kind of patrol crew with its own effect on settling calls on the spot, like a brigade of senior
 * officers valued for calming disputes.
 *
 * @param settleFactor multiplies a type's {@code streetResolveProbability} when this crew is the
 *     primary unit (the chance is capped at 1)
 */
public record CrewKind(String name, double settleFactor) {
  /** The crew of a car no kind names. */
  public static final CrewKind ORDINARY = new CrewKind("ordinary", 1.0);
}
