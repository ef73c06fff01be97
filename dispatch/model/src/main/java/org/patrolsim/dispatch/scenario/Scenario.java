// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.incident.replay.ReplaySource;

/**
 * A deployment plan to simulate: the map, the fleet with its shifts and breaks, the stations, the
 * incident model, the response chain and the dispatch policy. Bound from YAML or JSON by {@link
 * ScenarioLoader}; every field and its default is documented in docs/SCENARIO.md, and the source of
 * every default in docs/MODEL.md. A missing field takes its default in the compact constructors
 * below; range checks are in {@link ScenarioValidator}, so that their messages can name the file.
 */
public record Scenario(
    Long seed,
    Integer days,
    Double drainCapHours,
    MapSource map,
    Fleet fleet,
    List<Station> stations,
    String jurisdictions,
    IncidentModel incidents,
    ResponseChain response,
    DispatchRules dispatch,
    ReportOptions report,
    String timeZone) {

  public Scenario {
    seed = seed == null ? 1L : seed;
    // days stays null when not given: a replay then runs its whole span, generated calls one day
    drainCapHours = drainCapHours == null ? 24.0 : drainCapHours;
    timeZone = timeZone == null ? "UTC" : timeZone;
    map = map == null ? new MapSource(null, null, null) : map;
    fleet = fleet == null ? Fleet.defaults() : fleet;
    stations = stations == null ? List.of() : List.copyOf(stations);
    incidents =
        incidents == null ? new IncidentModel(null, null, null, null, null, null) : incidents;
    response = response == null ? new ResponseChain(null, null, null, null, null) : response;
    dispatch =
        dispatch == null ? new DispatchRules(null, null, null, null, null, null, null) : dispatch;
    report = report == null ? new ReportOptions(null, null, null) : report;
  }

  /**
   * The same plan for {@code resolvedDays} days (when {@code days} was left to the replay's span).
   */
  public Scenario withDays(int resolvedDays) {
    return new Scenario(
        seed,
        resolvedDays,
        drainCapHours,
        map,
        fleet,
        stations,
        jurisdictions,
        incidents,
        response,
        dispatch,
        report,
        timeZone);
  }

  /**
   * The road network: an OpenStreetMap file, or the bundled demo city when {@code osm} is null.
   *
   * @param demoCitySize the demo city's size (its side times this, 1 to 20) when {@code osm} is
   *     null; null is size 1. Not allowed with {@code osm}: a file is its own size.
   */
  public record MapSource(String osm, String cacheDir, Integer demoCitySize) {
    /** The demo city's size to load: {@code demoCitySize}, or 1 when not given. */
    public int demoCitySizeOrDefault() {
      return demoCitySize == null ? 1 : demoCitySize;
    }
  }

  /**
   * The patrol cars: how many, their shifts, hand-overs, meal breaks and what they do when free.
   *
   * @param busyTime how long a car sent to a call is busy ({@link BusyTime})
   * @param selfInitiated work the officers start themselves while free, or null when none
   * @param hotspotsFile a CSV of hot spots (lat,lon[,weight]) for hot-spot patrol and the presence
   *     measures, in place of where calls are expected; null: from the calls
   * @param patrolByBeat the strategy of some automatic beats, by beat number (the number of the car
   *     that patrols it: 7 is car-07's beat); a beat not listed follows its shift group
   */
  public record Fleet(
      Integer vehicles,
      Double shiftHours,
      List<Double> shiftStartHours,
      Handover handover,
      Double handoverMinutes,
      Double overlapMinutes,
      Double mealBreakMinutes,
      Double mealBreakAfterHours,
      Double mealWindowHours,
      MealPlan mealPlan,
      Double maxShareOnMealBreak,
      Boolean urgentInterruptsMeal,
      PatrolStrategy patrol,
      Double patrolSpeedFactor,
      Double dwellMinutes,
      String beats,
      List<Post> posts,
      BusyTime busyTime,
      Double busyMeanMinutes,
      List<CrewKind> crewKinds,
      List<ExtraShift> extraShifts,
      SelfInitiated selfInitiated,
      List<PatrolStrategy> patrolByShiftGroup,
      Double hotspotStopMinutes,
      Integer hotspotsPerBeat,
      String hotspotsFile,
      Map<Integer, PatrolStrategy> patrolByBeat) {
    public Fleet {
      vehicles = vehicles == null ? 48 : vehicles;
      shiftHours = shiftHours == null ? 8.0 : shiftHours;
      shiftStartHours =
          shiftStartHours == null ? List.of(6.0, 7.0, 8.0, 9.0) : List.copyOf(shiftStartHours);
      handover = handover == null ? Handover.STATION : handover;
      handoverMinutes = handoverMinutes == null ? 15.0 : handoverMinutes;
      overlapMinutes = overlapMinutes == null ? 0.0 : overlapMinutes;
      mealBreakMinutes = mealBreakMinutes == null ? 30.0 : mealBreakMinutes;
      mealBreakAfterHours = mealBreakAfterHours == null ? 3.0 : mealBreakAfterHours;
      mealWindowHours = mealWindowHours == null ? 3.0 : mealWindowHours;
      mealPlan = mealPlan == null ? MealPlan.SPREAD : mealPlan;
      urgentInterruptsMeal = urgentInterruptsMeal == null ? Boolean.TRUE : urgentInterruptsMeal;
      patrol = patrol == null ? PatrolStrategy.ROAM : patrol;
      patrolSpeedFactor = patrolSpeedFactor == null ? 0.6 : patrolSpeedFactor;
      dwellMinutes = dwellMinutes == null ? 10.0 : dwellMinutes;
      posts = posts == null ? List.of() : List.copyOf(posts);
      busyTime = busyTime == null ? BusyTime.SCENE : busyTime;
      busyMeanMinutes = busyMeanMinutes == null ? 45.0 : busyMeanMinutes;
      crewKinds = crewKinds == null ? List.of() : List.copyOf(crewKinds);
      // a null entry is kept for the validator to name
      extraShifts =
          extraShifts == null
              ? List.of()
              : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(extraShifts));
      // selfInitiated stays null when not given: no self-initiated work
      // a null entry is kept for the validator to name
      patrolByShiftGroup =
          patrolByShiftGroup == null
              ? List.of()
              : java.util.Collections.unmodifiableList(
                  new java.util.ArrayList<>(patrolByShiftGroup));
      hotspotStopMinutes = hotspotStopMinutes == null ? 12.0 : hotspotStopMinutes;
      hotspotsPerBeat = hotspotsPerBeat == null ? 3 : hotspotsPerBeat;
      // sorted, so that it writes the same every time; a null strategy is kept for the validator
      patrolByBeat =
          patrolByBeat == null
              ? Collections.emptySortedMap()
              : Collections.unmodifiableSortedMap(new TreeMap<>(patrolByBeat));
    }

    /**
     * The patrol strategy of shift group {@code group} (as {@link
     * org.patrolsim.dispatch.model.CarPlan#shiftGroup()} numbers them): its entry of {@code
     * patrolByShiftGroup}, else {@code patrol}.
     */
    public PatrolStrategy patrolOf(int group) {
      return group < patrolByShiftGroup.size() && patrolByShiftGroup.get(group) != null
          ? patrolByShiftGroup.get(group)
          : patrol;
    }

    static Fleet defaults() {
      return new Fleet(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null, null, null, null, null, null, null);
    }
  }

  /**
   * A kind of crew some patrol cars carry (e.g. a brigade of senior officers valued for calming
   * disputes): {@code cars} of the fleet, spread over it in car order, settle calls with their
   * type's {@code streetResolveProbability} times {@code settleFactor} (capped at 1). Cars no kind
   * names are ordinary (factor 1).
   */
  public record CrewKind(String name, Integer cars, Double settleFactor) {}

  /**
   * A part-day shift group of {@code fleet.extraShifts}: {@code cars} more patrol cars on duty each
   * day from {@code startHour} for {@code hours} hours (one crew a day, from and back to its home
   * station), on top of the around-the-clock cars of {@code fleet.vehicles}; see docs/MODEL.md.
   */
  public record ExtraShift(Double startHour, Double hours, Integer cars) {}

  /**
   * Work the officers of a free patrol car start themselves (stops, reports written): it starts as
   * a Poisson process of {@code perCarHour} per free on-duty car hour and lasts {@code minutes} (a
   * mean: Erlang-2; or {@code {median, p90}}: log-normal, as a type's {@link OnSceneMinutes}); the
   * car is busy and not dispatched meanwhile. See docs/MODEL.md.
   */
  public record SelfInitiated(Double perCarHour, OnSceneMinutes minutes) {}

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
      hourlyProfile =
          hourlyProfile == null ? DefaultIncidentModel.HOURLY_PROFILE : List.copyOf(hourlyProfile);
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

  /**
   * A kind of incident: its priority, share of calls, time on scene ({@link OnSceneMinutes}),
   * whether a patrol can settle it and how that chance falls with the delay to the first unit on
   * scene ({@code settleGraceMinutes}, then halving every {@code settleHalfLifeMinutes}; none when
   * null), and the chance and mean delay in days of a repeat call when it is not settled on the
   * street.
   */
  public record IncidentType(
      String name,
      Priority priority,
      Double share,
      OnSceneMinutes onSceneMinutes,
      Double streetResolveProbability,
      Integer unitsNeeded,
      Double settleGraceMinutes,
      Double settleHalfLifeMinutes,
      Double repeatChance,
      Double repeatMeanDays) {
    public IncidentType {
      priority = priority == null ? Priority.NORMAL : priority;
      share = share == null ? 1.0 : share;
      onSceneMinutes = onSceneMinutes == null ? OnSceneMinutes.mean(20.0) : onSceneMinutes;
      streetResolveProbability = streetResolveProbability == null ? 0.8 : streetResolveProbability;
      unitsNeeded = unitsNeeded == null ? 1 : unitsNeeded;
      settleGraceMinutes = settleGraceMinutes == null ? 0.0 : settleGraceMinutes;
      // settleHalfLifeMinutes stays null when not given: settling does not depend on the delay
      repeatChance = repeatChance == null ? 0.0 : repeatChance;
      repeatMeanDays = repeatMeanDays == null ? 7.0 : repeatMeanDays;
    }
  }

  /**
   * The response chain as forces measure it: call handling (call to dispatch) per priority, the
   * turnout of station duty teams, travel speed per priority, the congestion of the roads by hour,
   * and the turnout of patrol cars (dispatch to moving off; none by default).
   *
   * @param congestion {@code weekday}, {@code none}, or a list of 24 hourly multipliers on travel
   *     time
   */
  public record ResponseChain(
      PerPriority callHandlingSeconds,
      Spread turnoutSeconds,
      SpeedFactors speedFactor,
      Object congestion,
      Spread carTurnoutSeconds) {
    public ResponseChain {
      callHandlingSeconds =
          callHandlingSeconds == null ? new PerPriority(null, null, null) : callHandlingSeconds;
      turnoutSeconds = turnoutSeconds == null ? new Spread(120.0, 240.0) : turnoutSeconds;
      speedFactor = speedFactor == null ? new SpeedFactors(null, null, null, null) : speedFactor;
      congestion = congestion == null ? "weekday" : congestion;
      carTurnoutSeconds = carTurnoutSeconds == null ? new Spread(0.0, 0.0) : carTurnoutSeconds;
    }
  }

  /** A duration per call priority. */
  public record PerPriority(Spread urgent, Spread normal, Spread low) {
    public PerPriority {
      urgent = urgent == null ? new Spread(45.0, 90.0) : urgent;
      normal = normal == null ? new Spread(75.0, 150.0) : normal;
      low = low == null ? new Spread(90.0, 180.0) : low;
    }
  }

  /**
   * A positive duration given by its median and 90th percentile (log-normal; equal values: fixed).
   */
  public record Spread(Double median, Double p90) {}

  /**
   * Travel speed relative to the road's car speed: per priority for patrol cars, and for station
   * teams.
   */
  public record SpeedFactors(Double urgent, Double normal, Double low, Double stationTeam) {
    public SpeedFactors {
      urgent = urgent == null ? 1.15 : urgent;
      normal = normal == null ? 1.0 : normal;
      low = low == null ? 1.0 : low;
      stationTeam = stationTeam == null ? 1.0 : stationTeam;
    }
  }

  /**
   * How the command centre chooses a unit.
   *
   * @param whenNoCarFree what the integrated policy does with a call that no free car within the
   *     threshold can take ({@link WhenNoCarFree})
   */
  public record DispatchRules(
      CommandModel policy,
      Boolean preemption,
      Double responseThresholdMinutes,
      WhenNoTeamFree whenNoTeamFree,
      Double urgentTargetMinutes,
      Integer candidatesLogged,
      WhenNoCarFree whenNoCarFree) {
    public DispatchRules {
      policy = policy == null ? CommandModel.INTEGRATED : policy;
      preemption = preemption == null ? Boolean.FALSE : preemption;
      responseThresholdMinutes = responseThresholdMinutes == null ? 10.0 : responseThresholdMinutes;
      whenNoTeamFree = whenNoTeamFree == null ? WhenNoTeamFree.NEAREST_UNIT : whenNoTeamFree;
      urgentTargetMinutes = urgentTargetMinutes == null ? 5.0 : urgentTargetMinutes;
      candidatesLogged = candidatesLogged == null ? 3 : candidatesLogged;
      whenNoCarFree = whenNoCarFree == null ? WhenNoCarFree.STATION : whenNoCarFree;
    }
  }

  /**
   * What the report measures beyond the incident stream.
   *
   * @param presence whether to measure patrol presence (the cars' paths folded per road segment,
   *     the presence section of summary.json, presence.geojson, the report's layer and chart)
   */
  public record ReportOptions(
      Double coverageTargetMinutes, Double coverageSampleMinutes, Boolean presence) {
    public ReportOptions {
      coverageTargetMinutes = coverageTargetMinutes == null ? 5.0 : coverageTargetMinutes;
      coverageSampleMinutes = coverageSampleMinutes == null ? 5.0 : coverageSampleMinutes;
      presence = presence == null ? Boolean.TRUE : presence;
    }
  }
}
