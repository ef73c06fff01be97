// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim.queueing;

/** The messages of the {@link MultiServerQueue} model. */
public sealed interface QueueEvent {

  /** The arrival source draws its next block of arrivals. */
  record NextArrivals() implements QueueEvent {}

  /** A customer arrives at the station. */
  record Arrival() implements QueueEvent {}

  /** A server finishes a service. */
  record Departure() implements QueueEvent {}
}
