// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

/**
 * The conditions of one trip: the driver's speed factor (below 1 for patrol pace, above 1 for an
 * urgent response), the congestion profile of the day, and the time of day of departure (seconds
 * since midnight).
 *
 * <p>They scale the free-flow time of the whole trip by one scalar, {@code
 * congestion.multiplierAt(departure) / speedFactor}, fixed at departure. A scalar keeps the
 * shortest path the same under every condition, so one contraction hierarchy answers every query (a
 * per-edge, time-dependent factor would need a time-dependent search and could not use the prepared
 * shortcuts). The profile itself is continuous over the day, so two trips that start a minute apart
 * differ by a minute's change in traffic, never by an hour's step.
 *
 * @param departureSecondOfDay seconds since midnight, 0 (inclusive) to 86,400 (exclusive)
 */
public record TravelConditions(
    double speedFactor, CongestionProfile congestion, double departureSecondOfDay) {

  /** Seconds in a day. */
  public static final double DAY_SECONDS = 86_400;

  /** Free flow at the plain car speed: what GraphHopper itself reports. */
  public static final TravelConditions FREE_FLOW =
      new TravelConditions(1.0, CongestionProfile.NONE, 0);

  public TravelConditions {
    if (!(speedFactor >= 0.1 && speedFactor <= 10)) {
      throw new IllegalArgumentException(
          "speed factor " + speedFactor + " is out of range: expected 0.1 to 10");
    }
    if (congestion == null) {
      throw new IllegalArgumentException("congestion profile is missing");
    }
    if (!(departureSecondOfDay >= 0 && departureSecondOfDay < DAY_SECONDS)) {
      throw new IllegalArgumentException(
          "departure time of day "
              + departureSecondOfDay
              + " s is out of range: expected 0 to 86,400 s (exclusive)");
    }
  }

  public TravelConditions withSpeedFactor(double factor) {
    return new TravelConditions(factor, congestion, departureSecondOfDay);
  }

  public TravelConditions withCongestion(CongestionProfile profile) {
    return new TravelConditions(speedFactor, profile, departureSecondOfDay);
  }

  /**
   * Departure at the middle of the given hour of the day (0-23), where the multiplier is the
   * profile's value for that hour.
   */
  public TravelConditions atHour(int hour) {
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException(
          "departure hour " + hour + " is out of range: expected 0 to 23");
    }
    return new TravelConditions(speedFactor, congestion, hour * 3600 + 1800);
  }

  /** The factor from free-flow seconds to the seconds of this trip. */
  public double timeMultiplier() {
    return congestion.multiplierAt(departureSecondOfDay) / speedFactor;
  }
}
