// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.validation;

import akka.actor.typed.ActorSystem;
import java.util.List;

/** One system of the suite: simulates it and returns its checks, in a fixed order. */
public interface ValidationCase {
  /** The system's name, as the table shows it. */
  String name();

  /**
   * Runs the system's replications from base seed {@code seed} and sets each measure against its
   * value.
   */
  List<ValidationCheck> run(ActorSystem<?> system, long seed);
}
