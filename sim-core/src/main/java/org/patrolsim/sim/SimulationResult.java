// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import java.util.List;

/**
 * What a finished replication returns.
 *
 * @param seed the replication seed
 * @param endTime simulated end time in ms (the horizon, or the time of a stop request)
 * @param events messages and events delivered to entities
 * @param steps coordinator steps (one per (time, delta) with work; several events per step)
 * @param records the records in total order, unless a record sink consumed them (then empty)
 */
public record SimulationResult(
    long seed, long endTime, long events, long steps, List<SimRecord> records) {

  /** The payloads of the records that are instances of {@code type}, in order. */
  public <T> List<T> payloads(Class<T> type) {
    return records.stream()
        .map(SimRecord::payload)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }
}
