// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import java.time.LocalDateTime;

/**
 * One unit's part in a recorded call, as wall-clock times in the scenario's zone. A time the export does
 * not hold, or that the reader left out as impossible (counted by {@link Problem}), is null.
 *
 * @param unit the unit's name in the export, or null when it has no unit column
 * @param dispatched when the unit was assigned
 * @param enRoute when it moved off (null: the export does not say, or it is the dispatch time)
 * @param onScene when it arrived
 * @param cleared when it was free again
 */
public record UnitVisit(String unit, LocalDateTime dispatched, LocalDateTime enRoute, LocalDateTime onScene,
    LocalDateTime cleared) {}
