// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.incident.Spread;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.geo.network.CongestionProfile;
import org.patrolsim.geo.network.TravelConditions;

/**
 * The response chain of a plan, as the entities use it: call-handling time per priority, the
 * turnout of station duty teams, and the travel conditions of every drive (speed factor per
 * priority and unit kind, and the congestion at the time of day of departure). Read-only; durations
 * come from uniform draws made with the call.
 */
public final class ResponseModel {
  private final Map<Priority, Spread> handling = new EnumMap<>(Priority.class);
  private final Map<Priority, Double> speed = new EnumMap<>(Priority.class);
  private final Spread turnout;
  private final Spread carTurnout;
  private final double teamSpeed;
  private final double patrolSpeed;
  private final CongestionProfile congestion;

  ResponseModel(Scenario.ResponseChain chain, double patrolSpeedFactor) {
    handling.put(Priority.URGENT, spread(chain.callHandlingSeconds().urgent()));
    handling.put(Priority.NORMAL, spread(chain.callHandlingSeconds().normal()));
    handling.put(Priority.LOW, spread(chain.callHandlingSeconds().low()));
    speed.put(Priority.URGENT, chain.speedFactor().urgent());
    speed.put(Priority.NORMAL, chain.speedFactor().normal());
    speed.put(Priority.LOW, chain.speedFactor().low());
    turnout = spread(chain.turnoutSeconds());
    carTurnout = spread(chain.carTurnoutSeconds());
    teamSpeed = chain.speedFactor().stationTeam();
    patrolSpeed = patrolSpeedFactor;
    congestion = congestion(chain.congestion());
  }

  private static Spread spread(Scenario.Spread s) {
    return new Spread(s.median(), s.p90());
  }

  /** The congestion named in a scenario: {@code weekday}, {@code none}, or 24 multipliers. */
  static CongestionProfile congestion(Object field) {
    if ("none".equals(field)) {
      return CongestionProfile.NONE;
    }
    if (field instanceof List<?> values) {
      return CongestionProfile.of(
          values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray());
    }
    return CongestionProfile.typicalWeekday();
  }

  /** Call handling (call received to the first dispatch decision) at draw {@code u}. */
  public long handlingMs(Priority priority, double u) {
    return handling.get(priority).millisAt(u);
  }

  /**
   * The typical (median) call handling of a priority: call received to the first dispatch decision.
   */
  public double typicalHandlingSeconds(Priority priority) {
    return handling.get(priority).medianSeconds();
  }

  /** A station team's turnout (call-out to leaving the station) at draw {@code u}. */
  public long turnoutMs(double u) {
    return turnout.millisAt(u);
  }

  /** The typical (median) turnout, used when the command centre estimates a team's arrival. */
  public double typicalTurnoutSeconds() {
    return turnout.medianSeconds();
  }

  /**
   * A patrol car's turnout (dispatch to moving off) at draw {@code u}: the fate's turnout draw, the
   * same the station teams use, so it takes no draw of its own. Zero by default.
   */
  public long carTurnoutMs(double u) {
    return carTurnout.millisAt(u);
  }

  /** Whether patrol cars have a turnout at all ({@code response.carTurnoutSeconds} not zero). */
  public boolean hasCarTurnout() {
    return carTurnout.medianSeconds() > 0;
  }

  /** A patrol car's drive to a call of this priority, leaving at {@code nowMs}. */
  public TravelConditions carResponse(Priority priority, long nowMs) {
    return conditions(speed.get(priority), nowMs);
  }

  /** A station duty team's drive (out to the scene or back), leaving at {@code nowMs}. */
  public TravelConditions teamDrive(long nowMs) {
    return conditions(teamSpeed, nowMs);
  }

  /** A patrol car's drive at patrol pace (watching the street), leaving at {@code nowMs}. */
  public TravelConditions patrol(long nowMs) {
    return conditions(patrolSpeed, nowMs);
  }

  /**
   * The congestion multiplier on travel time for a departure at {@code nowMs} (continuous over the
   * day).
   */
  public double congestionAt(long nowMs) {
    return congestion.multiplierAt(secondOfDay(nowMs));
  }

  private TravelConditions conditions(double factor, long nowMs) {
    return new TravelConditions(factor, congestion, secondOfDay(nowMs));
  }

  private static double secondOfDay(long nowMs) {
    return Math.floorMod(nowMs, 86_400_000L) / 1000.0;
  }
}
