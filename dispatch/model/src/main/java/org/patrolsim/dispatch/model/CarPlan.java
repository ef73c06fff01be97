// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import org.patrolsim.dispatch.unit.CarId;

/**
 * What the deployment plan says of one patrol car: its beat, its shift group and break timetable,
 * and its home station (where its crews hand over when hand-overs are at the station).
 *
 * @param shiftGroup the index of its shift group in {@code fleet.shiftStartHours}; the part-day
 *     groups of {@code fleet.extraShifts} follow them (extra group i is {@code
 *     shiftStartHours.size() + i})
 * @param round what the car does when free: its group's patrol strategy on its beat
 */
public record CarPlan(
    CarId id, Beat beat, int shiftGroup, ShiftPlan shifts, StationSite home, PatrolRound round) {}
