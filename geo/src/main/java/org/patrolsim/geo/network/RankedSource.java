// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

/**
 * One source of a many-to-one query with its travel time to the target: an answer of {@link
 * TravelTimes#nearest}.
 *
 * @param source the index of the source in the list that was asked about
 * @param seconds its travel time to the target, exactly as {@link TravelTimes#secondsTo} gives it
 *     ({@link Double#POSITIVE_INFINITY} when it cannot reach the target)
 */
public record RankedSource(int source, double seconds) {}
