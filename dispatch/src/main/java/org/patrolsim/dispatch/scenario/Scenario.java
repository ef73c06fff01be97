// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import java.util.List;
import org.patrolsim.dispatch.incident.replay.ReplaySource;

/**
 * A deployment plan to simulate: the map, the fleet, the stations, the incident model and the dispatch
 * policy. Bound from YAML or JSON by {@link ScenarioLoader}; every field and its default is documented in
 * docs/SCENARIO.md. A missing field takes its default in the compact constructors below; range checks are
 * in {@link ScenarioValidator}, so that their messages can name the file.
 */
public record Scenario(
    Long seed,
    Integer days,
    MapSource map,
    Fleet fleet,
    List<Station> stations,
    String jurisdictions,
    IncidentModel incidents,
    DispatchRules dispatch,
    ReportOptions report,
    String timeZone) {

  public Scenario {
    seed = seed == null ? 1L : seed;
    // days stays null when not given: a replay then runs its whole span, generated calls one day
    timeZone = timeZone == null ? "UTC" : timeZone;
    map = map == null ? new MapSource(null, null) : map;
    fleet = fleet == null ? new Fleet(null, null, null, null, null, null, null, null, null, null, null, null) : fleet;
    stations = stations == null ? List.of() : List.copyOf(stations);
    incidents = incidents == null ? new IncidentModel(null, null, null, null, null, null) : incidents;
    dispatch = dispatch == null ? new DispatchRules(null, null, null, null, null, null) : dispatch;
    report = report == null ? new ReportOptions(null, null) : report;
  }

  /** The same plan for {@code resolvedDays} days (when {@code days} was left to the replay's span). */
  public Scenario withDays(int resolvedDays) {
    return new Scenario(seed, resolvedDays, map, fleet, stations, jurisdictions, incidents, dispatch, report, timeZone);
  }

  /** The road network: an OpenStreetMap file, or the bundled demo city when {@code osm} is null. */
  public record MapSource(String osm, String cacheDir) {}

  /** The patrol cars: how many, their shifts, breaks and what they do when free. */
  public record Fleet(
      Integer vehicles,
      Double shiftHours,
      Double firstShiftStartHour,
      Double handoverMinutes,
      Double overlapMinutes,
      Double mealBreakMinutes,
      Double mealBreakAfterHours,
      String patrol,
      Double patrolSpeedFactor,
      Double dwellMinutes,
      String beats,
      List<Post> posts) {
    public Fleet {
      vehicles = vehicles == null ? 48 : vehicles;
      shiftHours = shiftHours == null ? 8.0 : shiftHours;
      firstShiftStartHour = firstShiftStartHour == null ? 6.0 : firstShiftStartHour;
      handoverMinutes = handoverMinutes == null ? 20.0 : handoverMinutes;
      overlapMinutes = overlapMinutes == null ? 0.0 : overlapMinutes;
      mealBreakMinutes = mealBreakMinutes == null ? 30.0 : mealBreakMinutes;
      mealBreakAfterHours = mealBreakAfterHours == null ? 4.0 : mealBreakAfterHours;
      patrol = patrol == null ? "roam" : patrol;
      patrolSpeedFactor = patrolSpeedFactor == null ? 0.6 : patrolSpeedFactor;
      dwellMinutes = dwellMinutes == null ? 10.0 : dwellMinutes;
      posts = posts == null ? List.of() : List.copyOf(posts);
    }
  }

  /** A fixed post for a car with {@code patrol: post}: car i holds post i (modulo the list). */
  public record Post(Double lat, Double lon) {}

  /** A police station: where it is and how many duty teams it can send out. */
  public record Station(String id, Double lat, Double lon, Integer dutyTeams) {
    public Station {
      dutyTeams = dutyTeams == null ? 2 : dutyTeams;
    }
  }

  /** Where, when and what incidents arrive, or a CSV of past incidents to replay instead. */
  public record IncidentModel(
      Double perDay,
      List<Double> hourlyProfile,
      Double hotspotShare,
      List<Hotspot> hotspots,
      List<IncidentType> types,
      ReplaySource replay) {
    public IncidentModel {
      perDay = perDay == null ? 800.0 : perDay;
      hourlyProfile = hourlyProfile == null ? DefaultIncidentModel.HOURLY_PROFILE : List.copyOf(hourlyProfile);
      hotspotShare = hotspotShare == null ? 0.5 : hotspotShare;
      hotspots = hotspots == null ? List.of() : List.copyOf(hotspots);
      types = types == null ? DefaultIncidentModel.TYPES : List.copyOf(types);
    }
  }

  /** A place where incidents concentrate: a circle around a point, with a relative weight. */
  public record Hotspot(Double lat, Double lon, Double radiusMetres, Double weight) {
    public Hotspot {
      radiusMetres = radiusMetres == null ? 800.0 : radiusMetres;
      weight = weight == null ? 1.0 : weight;
    }
  }

  /** A kind of incident: its priority, share of calls, time on scene and whether a patrol can settle it. */
  public record IncidentType(
      String name,
      String priority,
      Double share,
      Double onSceneMinutes,
      Double streetResolveProbability,
      Integer unitsNeeded) {
    public IncidentType {
      priority = priority == null ? "normal" : priority;
      share = share == null ? 1.0 : share;
      onSceneMinutes = onSceneMinutes == null ? 20.0 : onSceneMinutes;
      streetResolveProbability = streetResolveProbability == null ? 0.8 : streetResolveProbability;
      unitsNeeded = unitsNeeded == null ? 1 : unitsNeeded;
    }
  }

  /** How the command centre chooses a unit. */
  public record DispatchRules(
      String policy,
      Boolean preemption,
      Double responseThresholdMinutes,
      Double urgentTargetMinutes,
      Double responseSpeedFactor,
      Integer candidatesLogged) {
    public DispatchRules {
      policy = policy == null ? "integrated" : policy;
      preemption = preemption == null ? Boolean.FALSE : preemption;
      responseThresholdMinutes = responseThresholdMinutes == null ? 10.0 : responseThresholdMinutes;
      urgentTargetMinutes = urgentTargetMinutes == null ? 5.0 : urgentTargetMinutes;
      responseSpeedFactor = responseSpeedFactor == null ? 1.0 : responseSpeedFactor;
      candidatesLogged = candidatesLogged == null ? 3 : candidatesLogged;
    }
  }

  /** What the report measures beyond the incident stream. */
  public record ReportOptions(Double coverageTargetMinutes, Double coverageSampleMinutes) {
    public ReportOptions {
      coverageTargetMinutes = coverageTargetMinutes == null ? 5.0 : coverageTargetMinutes;
      coverageSampleMinutes = coverageSampleMinutes == null ? 60.0 : coverageSampleMinutes;
    }
  }
}
