// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

/** What happens to a call that arrives while every unit is busy. */
public enum LineCapacity {
  /** The call waits in one first-come-first-served queue and goes to the first unit that frees. */
  INFINITE,
  /** The call is lost (handled elsewhere): the hypercube loss system. */
  ZERO
}
