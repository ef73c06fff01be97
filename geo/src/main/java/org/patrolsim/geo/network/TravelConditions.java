// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

/**
 * The conditions of one trip: the driver's speed factor (below 1 for patrol pace, above 1 for an
 * urgent response), the congestion profile of the day, and the hour of departure.
 *
 * <p>They scale the free-flow time of the whole trip by one scalar, {@code congestion(hour) /
 * speedFactor}, fixed at departure. A scalar keeps the shortest path the same under every condition,
 * so one contraction hierarchy answers every query (a per-edge, time-dependent factor would need a
 * time-dependent search and could not use the prepared shortcuts).
 */
public record TravelConditions(double speedFactor, CongestionProfile congestion, int departureHour) {

  /** Free flow at the plain car speed: what GraphHopper itself reports. */
  public static final TravelConditions FREE_FLOW = new TravelConditions(1.0, CongestionProfile.NONE, 0);

  public TravelConditions {
    if (!(speedFactor >= 0.1 && speedFactor <= 10)) {
      throw new IllegalArgumentException("speed factor " + speedFactor + " is out of range: expected 0.1 to 10");
    }
    if (congestion == null) {
      throw new IllegalArgumentException("congestion profile is missing");
    }
    if (departureHour < 0 || departureHour > 23) {
      throw new IllegalArgumentException("departure hour " + departureHour + " is out of range: expected 0 to 23");
    }
  }

  public TravelConditions withSpeedFactor(double factor) {
    return new TravelConditions(factor, congestion, departureHour);
  }

  public TravelConditions withCongestion(CongestionProfile profile) {
    return new TravelConditions(speedFactor, profile, departureHour);
  }

  /** Departure at the given hour of the day (0-23). */
  public TravelConditions atHour(int hour) {
    return new TravelConditions(speedFactor, congestion, hour);
  }

  /** Departure at a time of day given in seconds since midnight (any value; taken modulo a day). */
  public TravelConditions atSecondOfDay(long secondOfDay) {
    return atHour((int) Math.floorMod(secondOfDay / 3600, 24L));
  }

  /** The factor from free-flow seconds to the seconds of this trip. */
  public double timeMultiplier() {
    return congestion.multiplier(departureHour) / speedFactor;
  }
}
