// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.bridge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.scenario.BusyTime;
import org.patrolsim.dispatch.scenario.Scenario;

/**
 * Which assumptions of the hypercube model a plan breaks (docs/MODEL.md §6 lists the values that
 * break none): each becomes a {@link Departure} naming the field and what the hypercube of the plan
 * simplifies.
 */
final class PlanAssumptions {
  private final CityModel model;
  private final Scenario s;
  private final boolean roam;
  private final double longestFreeFlowSeconds;
  private final int unreachablePlaces;

  /**
   * @param longestFreeFlowSeconds the longest finite free-flow road time from a car's home to a
   *     place
   * @param unreachablePlaces places that some car's home cannot reach
   */
  PlanAssumptions(
      CityModel model, boolean roam, double longestFreeFlowSeconds, int unreachablePlaces) {
    this.model = model;
    this.s = model.scenario();
    this.roam = roam;
    this.longestFreeFlowSeconds = longestFreeFlowSeconds;
    this.unreachablePlaces = unreachablePlaces;
  }

  List<Departure> departures() {
    List<Departure> out = new ArrayList<>();
    Scenario.Fleet f = s.fleet();
    if (roam) {
      out.add(
          new Departure(
              "fleet.patrol",
              "roaming cars are sent from wherever they are on their beats;"
                  + " the hypercube puts each at its beat's centre"));
    }
    if (f.busyTime() != BusyTime.EXPONENTIAL) {
      out.add(
          new Departure(
              "fleet.busyTime",
              "a car is busy for its drive and its time on scene, not an"
                  + " exponential time, and is free wherever the job ends; the hypercube takes the mean busy time and"
                  + " sends every car from its home"));
    }
    if (f.mealBreakMinutes() > 0) {
      out.add(
          new Departure(
              "fleet.mealBreakMinutes",
              "meal breaks take cars off duty; in the hypercube a car"
                  + " is only ever busy with calls"));
    }
    if (f.handoverMinutes() > f.overlapMinutes()) {
      out.add(
          new Departure(
              "fleet.handoverMinutes",
              "hand-overs take cars off duty (longer than"
                  + " fleet.overlapMinutes); in the hypercube a car is only ever busy with calls"));
    }
    if (f.extraShifts().stream().anyMatch(x -> x.cars() > 0 && x.hours() < 24)) {
      out.add(
          new Departure(
              "fleet.extraShifts",
              "part-day cars are on duty only some hours of the day; the"
                  + " hypercube has the same units all day"));
    }
    List<IncidentType> types = model.mix().types();
    if (types.stream().map(IncidentType::priority).distinct().count() > 1) {
      out.add(
          new Departure(
              "incidents.types",
              "calls of several priorities wait in priority order; the"
                  + " hypercube has one class of calls, first come first served"));
    }
    for (int i = 0; i < types.size(); i++) {
      if (types.get(i).unitsNeeded() > 1) {
        out.add(
            new Departure(
                "incidents.types[" + i + "].unitsNeeded",
                "a call of type '"
                    + types.get(i).name()
                    + "' needs a backup car; the hypercube counts the backup as a second call from the same place"));
      }
    }
    List<Double> profile = s.incidents().hourlyProfile();
    if (profile.stream().distinct().count() > 1) {
      out.add(
          new Departure(
              "incidents.hourlyProfile",
              "calls come at a rate that changes over the day; the"
                  + " hypercube is the steady state of a constant rate (the day's mean, or the hour's with --hour)"));
    }
    double longestRoadMinutes = longestFreeFlowSeconds * slowestFactor() / 60;
    double handling =
        Arrays.stream(Priority.values())
            .mapToDouble(p -> model.response().typicalHandlingSeconds(p))
            .max()
            .orElse(0);
    if (s.dispatch().responseThresholdMinutes() * 60
        < handling + longestFreeFlowSeconds * slowestFactor()) {
      out.add(
          new Departure(
              "dispatch.responseThresholdMinutes",
              String.format(
                  Locale.ROOT,
                  "a free car more"
                      + " than %s min from the call to arrival is not sent (the call goes to a station or waits), but the"
                      + " typical call handling (%.1f min) plus the longest road time from a car's home to an incident"
                      + " place (%.1f min) is longer; the hypercube sends any free car",
                  trim(s.dispatch().responseThresholdMinutes()),
                  handling / 60,
                  longestRoadMinutes)));
    }
    if (unreachablePlaces > 0) {
      out.add(
          new Departure(
              "incidents",
              unreachablePlaces
                  + " incident places cannot be reached by road from"
                  + " some cars' homes; the hypercube puts those cars last on the places' lists"));
    }
    return out;
  }

  /**
   * The largest factor from free-flow to driven time of a response: the worst hour with calls, the
   * slowest priority.
   */
  private double slowestFactor() {
    double congestion = 0;
    for (int h = 0; h < 24; h++) {
      if (s.incidents().hourlyProfile().get(h) > 0) {
        for (long at :
            new long[] {h * 3_600_000L, h * 3_600_000L + 1_800_000L, (h + 1) * 3_600_000L - 1}) {
          congestion =
              Math.max(congestion, model.response().congestionAt(at)); // linear between these
        }
      }
    }
    double speed =
        model.mix().types().stream()
            .mapToDouble(t -> model.response().carResponse(t.priority(), 0).speedFactor())
            .min()
            .orElse(1);
    return congestion / speed;
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
