// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

/** One call as it reaches the command centre: when, where (snapped later to a road), what, how urgent. */
public record IncidentCall(long id, long timeMs, double lat, double lon, IncidentType type, Priority priority) {}
