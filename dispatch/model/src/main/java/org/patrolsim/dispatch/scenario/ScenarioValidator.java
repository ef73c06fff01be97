// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.patrolsim.dispatch.ScenarioChoice;
import org.patrolsim.dispatch.incident.replay.ReplayFormat;
import org.patrolsim.dispatch.incident.replay.ReplaySetupError;
import org.patrolsim.dispatch.incident.replay.ReplaySource;

/**
 * Range and consistency checks of a bound scenario (the choices, such as {@link BusyTime}, are
 * checked as they are bound). Each top-level field (days, map, fleet, stations, incidents,
 * response, dispatch, report, timeZone, ...) is checked on its own, up to its first problem (later
 * checks of a field may depend on its earlier ones); the problems of all fields are thrown
 * together, one line each in the order of the file's fields: {@code <file>: <field path>: <what was
 * expected>, got <value>}. Checks that need the road network (a station off the map) happen when
 * the model is built.
 */
final class ScenarioValidator {

  /** The speed and congestion factors the travel-time oracle accepts. */
  static final double MIN_FACTOR = 0.1;

  static final double MAX_FACTOR = 10;

  private final LoadedScenario loaded;

  /** The first problem of each top-level field checked, by that field's name. */
  private final Map<String, String> problems = new HashMap<>();

  private ScenarioValidator(LoadedScenario loaded) {
    this.loaded = loaded;
  }

  /**
   * Checks {@code loaded}; {@code fileOrder} is the file's top-level fields in the order it writes
   * them, the order of the problems (a field the file leaves out comes after them, in the order of
   * {@link Scenario}'s components).
   *
   * @throws ScenarioError with one line per problem, when there is any
   */
  static void validate(LoadedScenario loaded, List<String> fileOrder) {
    ScenarioValidator v = new ScenarioValidator(loaded);
    v.run(loaded.scenario());
    if (v.problems.isEmpty()) {
      return;
    }
    List<String> order = new ArrayList<>(fileOrder);
    for (var component : Scenario.class.getRecordComponents()) {
      if (!order.contains(component.getName())) {
        order.add(component.getName());
      }
    }
    List<String> lines = new ArrayList<>();
    for (String field : order) {
      if (v.problems.containsKey(field)) {
        lines.add(v.problems.get(field));
      }
    }
    throw new ScenarioError(lines);
  }

  private void run(Scenario s) {
    section(
        "days",
        () ->
            check(
                s.days() == null || (s.days() >= 1 && s.days() <= 366),
                "days",
                "a number of days from 1 to 366",
                s.days()));
    section(
        "drainCapHours",
        () ->
            check(
                s.drainCapHours() >= 0 && s.drainCapHours() <= 24 * 30,
                "drainCapHours",
                "hours from 0 to 720 to follow open incidents after the last day",
                s.drainCapHours()));
    section(
        "timeZone",
        () ->
            check(
                zone(s.timeZone()) != null,
                "timeZone",
                "a time zone such as America/Chicago, Europe/Paris or UTC",
                s.timeZone()));
    section("map", () -> map(s.map()));
    section("fleet", () -> fleet(s.fleet()));
    section("stations", () -> stations(s.stations()));
    section("jurisdictions", () -> checkFile("jurisdictions", s.jurisdictions()));
    section("incidents", () -> incidents(s.incidents()));
    section(
        "response",
        () -> {
          response(s.response());
          check(
              s.response().carTurnoutSeconds().median() == 0
                  || s.fleet().busyTime() == BusyTime.SCENE,
              "response.carTurnoutSeconds",
              "{median: 0, p90: 0} with fleet.busyTime: exponential (its busy time is one"
                  + " exponential draw from the dispatch, with no turnout in it)",
              s.response().carTurnoutSeconds());
        });
    section("dispatch", () -> dispatch(s.dispatch()));
    section("report", () -> report(s.report()));
  }

  /**
   * Runs the checks of one top-level field up to its first problem, which is kept for the message.
   */
  private void section(String field, Runnable checks) {
    try {
      checks.run();
    } catch (Problem p) {
      problems.put(field, p.getMessage());
    }
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private void map(Scenario.MapSource m) {
    checkFile("map.osm", m.osm());
    Integer size = m.demoCitySize();
    check(
        size == null || m.osm() == null,
        "map.demoCitySize",
        "no size with map.osm (the size is the bundled demo city's; a map file is its own size; --set map.demoCitySize=null drops it)",
        size);
    check(
        size == null || (size >= 1 && size <= 20),
        "map.demoCitySize",
        "a demo city size from 1 to 20 (1: 15 x 15 km, about a million people; k: the side times k)",
        size);
  }

  private void report(Scenario.ReportOptions r) {
    check(
        r.coverageTargetMinutes() > 0,
        "report.coverageTargetMinutes",
        "a positive number",
        r.coverageTargetMinutes());
    double strata = 1440 / r.coverageSampleMinutes();
    check(
        r.coverageSampleMinutes() > 0 && Math.abs(strata - Math.rint(strata)) < 1e-9,
        "report.coverageSampleMinutes",
        "minutes that divide a day (e.g. 1, 5, 15, 60)",
        r.coverageSampleMinutes());
  }

  private void fleet(Scenario.Fleet f) {
    check(
        f.vehicles() >= 1,
        "fleet.vehicles",
        "at least 1 patrol car (an empty fleet cannot patrol)",
        f.vehicles());
    double shifts = 24.0 / f.shiftHours();
    check(
        f.shiftHours() > 0 && f.shiftHours() <= 24 && Math.abs(shifts - Math.rint(shifts)) < 1e-9,
        "fleet.shiftHours",
        "a shift length that divides 24 hours (e.g. 8 or 12)",
        f.shiftHours());
    check(
        !f.shiftStartHours().isEmpty(),
        "fleet.shiftStartHours",
        "at least one shift start hour",
        "none");
    Set<Long> starts = new HashSet<>();
    for (int i = 0; i < f.shiftStartHours().size(); i++) {
      Double h = f.shiftStartHours().get(i);
      check(
          h != null && h >= 0 && h < 24,
          "fleet.shiftStartHours[" + i + "]",
          "an hour from 0 to 24",
          h);
      check(
          starts.add(Math.floorMod(Math.round(h * 60), Math.round(f.shiftHours() * 60))),
          "fleet.shiftStartHours[" + i + "]",
          "a start no other shift group has (modulo the shift length)",
          h);
    }
    check(
        f.handoverMinutes() >= 0,
        "fleet.handoverMinutes",
        "zero or more minutes",
        f.handoverMinutes());
    check(
        f.overlapMinutes() >= 0,
        "fleet.overlapMinutes",
        "zero or more minutes",
        f.overlapMinutes());
    meals(f);
    int groups = f.shiftStartHours().size() + f.extraShifts().size();
    check(
        f.patrolByShiftGroup().isEmpty() || f.patrolByShiftGroup().size() == groups,
        "fleet.patrolByShiftGroup",
        "one strategy per shift group ("
            + groups
            + ": fleet.shiftStartHours, then fleet.extraShifts), or none",
        f.patrolByShiftGroup().size() + " given");
    for (int i = 0; i < f.patrolByShiftGroup().size(); i++) {
      PatrolStrategy p = f.patrolByShiftGroup().get(i);
      check(
          p != null,
          "fleet.patrolByShiftGroup[" + i + "]",
          ScenarioChoice.expected(PatrolStrategy.class),
          p);
    }
    int cars =
        f.vehicles()
            + f.extraShifts().stream()
                .mapToInt(x -> x == null || x.cars() == null ? 0 : x.cars())
                .sum();
    check(
        f.patrolByBeat().isEmpty() || f.beats() == null,
        "fleet.patrolByBeat",
        "no beat numbers with fleet.beats (give a beat's strategy as its feature's 'patrol'"
            + " property there)",
        f.patrolByBeat());
    for (var e : f.patrolByBeat().entrySet()) {
      check(
          e.getKey() >= 1 && e.getKey() <= cars,
          "fleet.patrolByBeat",
          "beat numbers from 1 to " + cars + " (the cars' numbers)",
          e.getKey());
      check(
          e.getValue() != null,
          "fleet.patrolByBeat." + e.getKey(),
          ScenarioChoice.expected(PatrolStrategy.class),
          e.getValue());
    }
    check(
        f.hotspotStopMinutes() > 0 && f.hotspotStopMinutes() <= 240,
        "fleet.hotspotStopMinutes",
        "minutes above 0 and at most 240",
        f.hotspotStopMinutes());
    check(
        f.hotspotsPerBeat() >= 1 && f.hotspotsPerBeat() <= 50,
        "fleet.hotspotsPerBeat",
        "1 to 50 hot spots",
        f.hotspotsPerBeat());
    factor("fleet.patrolSpeedFactor", f.patrolSpeedFactor());
    check(f.dwellMinutes() >= 0, "fleet.dwellMinutes", "zero or more minutes", f.dwellMinutes());
    checkFile("fleet.beats", f.beats());
    checkFile("fleet.hotspotsFile", f.hotspotsFile());
    for (int i = 0; i < f.posts().size(); i++) {
      Scenario.Post p = f.posts().get(i);
      check(
          p.lat() != null && p.lat() >= -90 && p.lat() <= 90,
          "fleet.posts[" + i + "].lat",
          "a latitude",
          p.lat());
      check(
          p.lon() != null && p.lon() >= -180 && p.lon() <= 180,
          "fleet.posts[" + i + "].lon",
          "a longitude",
          p.lon());
    }
    check(
        f.busyMeanMinutes() > 0 && f.busyMeanMinutes() <= 1440,
        "fleet.busyMeanMinutes",
        "minutes above 0 and at most 1440 (the mean of an exponential busy time)",
        f.busyMeanMinutes());
    crewKinds(f);
    selfInitiated(f.selfInitiated());
  }

  private void selfInitiated(Scenario.SelfInitiated s) {
    if (s == null) {
      return;
    }
    String at = "fleet.selfInitiated";
    check(
        s.perCarHour() != null && s.perCarHour() > 0 && s.perCarHour() <= 60,
        at + ".perCarHour",
        "jobs per free car hour above 0 and at most 60",
        s.perCarHour());
    check(
        s.minutes() != null,
        at + ".minutes",
        "minutes (the mean) or {median: minutes, p90: minutes}",
        null);
    onScene(s.minutes(), at + ".minutes");
  }

  private void crewKinds(Scenario.Fleet f) {
    Set<String> names = new HashSet<>();
    int cars = 0;
    for (int i = 0; i < f.crewKinds().size(); i++) {
      Scenario.CrewKind k = f.crewKinds().get(i);
      String at = "fleet.crewKinds[" + i + "]";
      check(k.name() != null && !k.name().isBlank(), at + ".name", "a crew kind name", k.name());
      check(
          !k.name().equalsIgnoreCase("ordinary") && names.add(k.name().toLowerCase(Locale.ROOT)),
          at + ".name",
          "a name not used by another crew kind (nor 'ordinary', the crew of the other cars)",
          k.name());
      check(k.cars() != null && k.cars() >= 1, at + ".cars", "at least 1 car", k.cars());
      check(
          k.settleFactor() != null && k.settleFactor() > 0 && k.settleFactor() <= 10,
          at + ".settleFactor",
          "a factor above 0 and at most 10 on the types' streetResolveProbability",
          k.settleFactor());
      cars += k.cars();
      check(
          cars <= f.vehicles(),
          at + ".cars",
          "crew kinds that name at most fleet.vehicles (" + f.vehicles() + ") cars in all",
          cars + " cars in all");
    }
  }

  private void meals(Scenario.Fleet f) {
    check(
        f.mealBreakMinutes() >= 0 && f.mealBreakMinutes() < f.shiftHours() * 60,
        "fleet.mealBreakMinutes",
        "zero or more minutes, shorter than the shift",
        f.mealBreakMinutes());
    check(
        f.mealBreakAfterHours() >= 0 && f.mealBreakAfterHours() < f.shiftHours(),
        "fleet.mealBreakAfterHours",
        "hours into the shift, less than fleet.shiftHours",
        f.mealBreakAfterHours());
    check(
        f.mealWindowHours() >= 0,
        "fleet.mealWindowHours",
        "zero or more hours",
        f.mealWindowHours());
    double lastEnd =
        f.mealBreakAfterHours() + Math.max(f.mealWindowHours(), f.mealBreakMinutes() / 60);
    check(
        lastEnd <= f.shiftHours() + 1e-9,
        "fleet.mealWindowHours",
        "a meal window that ends within the shift (mealBreakAfterHours + mealWindowHours <= shiftHours "
            + f.shiftHours()
            + ")",
        f.mealWindowHours());
    check(
        f.maxShareOnMealBreak() == null
            || (f.maxShareOnMealBreak() > 0 && f.maxShareOnMealBreak() <= 1),
        "fleet.maxShareOnMealBreak",
        "a share of the fleet above 0 and at most 1",
        f.maxShareOnMealBreak());
    extraShifts(f.extraShifts());
  }

  private void extraShifts(List<Scenario.ExtraShift> shifts) {
    for (int i = 0; i < shifts.size(); i++) {
      Scenario.ExtraShift x = shifts.get(i);
      String at = "fleet.extraShifts[" + i + "]";
      check(x != null, at, "{startHour: 0-24, hours: more than 0 up to 24, cars: 0 or more}", x);
      check(
          x.startHour() != null && x.startHour() >= 0 && x.startHour() < 24,
          at + ".startHour",
          "the hour the part-day cars come on duty, from 0 to 24 (e.g. 16 or 16.5)",
          x.startHour());
      check(
          x.hours() != null && x.hours() > 0 && x.hours() <= 24,
          at + ".hours",
          "hours on duty each day, more than 0 and at most 24",
          x.hours());
      check(
          x.cars() != null && x.cars() >= 0,
          at + ".cars",
          "a whole number of cars, 0 or more",
          x.cars());
    }
  }

  private void stations(List<Scenario.Station> stations) {
    check(!stations.isEmpty(), "stations", "at least one police station", "none");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < stations.size(); i++) {
      Scenario.Station st = stations.get(i);
      String at = "stations[" + i + "]";
      check(st.id() != null && !st.id().isBlank(), at + ".id", "a station id", st.id());
      check(ids.add(st.id()), at + ".id", "an id not used by another station", st.id());
      check(
          st.lat() != null && st.lat() >= -90 && st.lat() <= 90,
          at + ".lat",
          "a latitude",
          st.lat());
      check(
          st.lon() != null && st.lon() >= -180 && st.lon() <= 180,
          at + ".lon",
          "a longitude",
          st.lon());
      check(st.dutyTeams() >= 1, at + ".dutyTeams", "at least 1 duty team", st.dutyTeams());
    }
  }

  private void incidents(Scenario.IncidentModel m) {
    if (m.replay() == null) {
      check(
          m.perDay() > 0, "incidents.perDay", "a positive number of incidents per day", m.perDay());
    }
    List<Double> profile = m.hourlyProfile();
    check(
        profile.size() == 24,
        "incidents.hourlyProfile",
        "24 hourly weights",
        profile.size() + " values");
    for (int h = 0; h < profile.size(); h++) {
      check(
          profile.get(h) != null && profile.get(h) >= 0,
          "incidents.hourlyProfile[" + h + "]",
          "a weight of zero or more",
          profile.get(h));
    }
    check(
        profile.stream().mapToDouble(Double::doubleValue).sum() > 0,
        "incidents.hourlyProfile",
        "at least one positive weight",
        "all zero");
    check(
        m.hotspotShare() >= 0 && m.hotspotShare() <= 1,
        "incidents.hotspotShare",
        "a share from 0 to 1",
        m.hotspotShare());
    for (int i = 0; i < m.hotspots().size(); i++) {
      Scenario.Hotspot h = m.hotspots().get(i);
      String at = "incidents.hotspots[" + i + "]";
      check(h.lat() != null && h.lat() >= -90 && h.lat() <= 90, at + ".lat", "a latitude", h.lat());
      check(
          h.lon() != null && h.lon() >= -180 && h.lon() <= 180,
          at + ".lon",
          "a longitude",
          h.lon());
      check(h.radiusMetres() > 0, at + ".radiusMetres", "a positive radius", h.radiusMetres());
      check(h.weight() > 0, at + ".weight", "a positive weight", h.weight());
    }
    types(m.types());
    if (m.replay() != null) {
      replay(m.replay(), m.types());
    }
  }

  /**
   * The replay mapping's own checks (formats, zones, EPSG code, type table, and the file's header
   * has the mapped columns), each naming its field.
   */
  private void replay(ReplaySource replay, List<Scenario.IncidentType> types) {
    ZoneId zone = zone(loaded.scenario().timeZone());
    if (zone == null) {
      return; // its times cannot be read without the zone, which is reported itself
    }
    try {
      ReplayFormat format =
          ReplayFormat.of(replay, zone, types.stream().map(Scenario.IncidentType::name).toList());
      checkFile("incidents.replay", replay.file());
      format.checkColumns();
    } catch (ReplaySetupError e) {
      throw new Problem(loaded.error("incidents.replay." + e.field(), e.getMessage()));
    }
  }

  private void types(List<Scenario.IncidentType> types) {
    check(!types.isEmpty(), "incidents.types", "at least one incident type", "none");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < types.size(); i++) {
      Scenario.IncidentType t = types.get(i);
      String at = "incidents.types[" + i + "]";
      check(t.name() != null && !t.name().isBlank(), at + ".name", "a type name", t.name());
      check(
          names.add(t.name().toLowerCase(Locale.ROOT)),
          at + ".name",
          "a name not used by another type",
          t.name());
      check(t.share() > 0, at + ".share", "a positive share of calls", t.share());
      onScene(t.onSceneMinutes(), at + ".onSceneMinutes");
      check(
          t.streetResolveProbability() >= 0 && t.streetResolveProbability() <= 1,
          at + ".streetResolveProbability",
          "a probability from 0 to 1",
          t.streetResolveProbability());
      check(
          t.unitsNeeded() == 1 || t.unitsNeeded() == 2,
          at + ".unitsNeeded",
          "1 or 2",
          t.unitsNeeded());
      settleAndRepeat(t, at);
    }
  }

  private void onScene(OnSceneMinutes m, String field) {
    if (!m.isLogNormal()) {
      check(
          m.mean() > 0,
          field,
          "a positive number of minutes (the mean) or {median: minutes, p90: minutes}",
          m.mean());
      return;
    }
    check(
        m.median() != null && m.median() > 0 && m.median() <= 1440,
        field + ".median",
        "minutes above 0 and at most 1440",
        m.median());
    check(
        m.p90() != null && m.p90() >= m.median() && m.p90() <= 1440,
        field + ".p90",
        "minutes at least the median (" + m.median() + ") and at most 1440",
        m.p90());
  }

  private void settleAndRepeat(Scenario.IncidentType t, String at) {
    check(
        t.settleGraceMinutes() >= 0 && t.settleGraceMinutes() <= 1440,
        at + ".settleGraceMinutes",
        "minutes from 0 to 1440 from the call within which the settle chance is whole",
        t.settleGraceMinutes());
    check(
        t.settleHalfLifeMinutes() == null
            || (t.settleHalfLifeMinutes() > 0 && t.settleHalfLifeMinutes() <= 10080),
        at + ".settleHalfLifeMinutes",
        "minutes above 0 and at most 10080 in which the settle chance halves, or null when it does not fall",
        t.settleHalfLifeMinutes());
    check(
        t.repeatChance() >= 0 && t.repeatChance() <= 1,
        at + ".repeatChance",
        "a probability from 0 to 1 of a repeat call when not settled on the street",
        t.repeatChance());
    check(
        t.repeatMeanDays() > 0 && t.repeatMeanDays() <= 366,
        at + ".repeatMeanDays",
        "days above 0 and at most 366 (the mean delay from clear to the repeat call)",
        t.repeatMeanDays());
  }

  private void response(Scenario.ResponseChain r) {
    spread("response.callHandlingSeconds.urgent", r.callHandlingSeconds().urgent());
    spread("response.callHandlingSeconds.normal", r.callHandlingSeconds().normal());
    spread("response.callHandlingSeconds.low", r.callHandlingSeconds().low());
    spread("response.turnoutSeconds", r.turnoutSeconds());
    factor("response.speedFactor.urgent", r.speedFactor().urgent());
    factor("response.speedFactor.normal", r.speedFactor().normal());
    factor("response.speedFactor.low", r.speedFactor().low());
    factor("response.speedFactor.stationTeam", r.speedFactor().stationTeam());
    congestion(r.congestion());
    spread("response.carTurnoutSeconds", r.carTurnoutSeconds());
  }

  private void spread(String field, Scenario.Spread s) {
    check(
        s != null && s.median() != null && s.p90() != null,
        field,
        "{median: seconds, p90: seconds}",
        s);
    check(
        s.median() >= 0 && s.median() <= 86_400,
        field + ".median",
        "seconds from 0 to 86400",
        s.median());
    check(
        s.p90() >= s.median() && s.p90() <= 86_400,
        field + ".p90",
        "seconds at least the median (" + s.median() + ") and at most 86400",
        s.p90());
    check(
        s.median() > 0 || s.p90() == 0,
        field + ".p90",
        "0 when the median is 0 (no delay at all)",
        s.p90());
  }

  private void congestion(Object c) {
    String field = "response.congestion";
    if (c instanceof String name) {
      check(
          oneOf(name, "weekday", "none"),
          field,
          "'weekday', 'none' or a list of 24 hourly multipliers",
          name);
      return;
    }
    check(c instanceof List<?>, field, "'weekday', 'none' or a list of 24 hourly multipliers", c);
    List<?> values = (List<?>) c;
    check(
        values.size() == 24,
        field,
        "24 hourly multipliers, 00:00 first",
        values.size() + " values");
    for (int h = 0; h < 24; h++) {
      Object v = values.get(h);
      check(
          v instanceof Number n && n.doubleValue() >= MIN_FACTOR && n.doubleValue() <= MAX_FACTOR,
          field + "[" + h + "]",
          "a multiplier on travel time from 0.1 to 10",
          v);
    }
  }

  private void dispatch(Scenario.DispatchRules d) {
    check(
        d.responseThresholdMinutes() > 0,
        "dispatch.responseThresholdMinutes",
        "a positive number",
        d.responseThresholdMinutes());
    check(
        d.urgentTargetMinutes() > 0,
        "dispatch.urgentTargetMinutes",
        "a positive number",
        d.urgentTargetMinutes());
    check(
        d.candidatesLogged() >= 1, "dispatch.candidatesLogged", "at least 1", d.candidatesLogged());
    check(
        d.whenNoCarFree() == WhenNoCarFree.STATION || d.policy() == CommandModel.INTEGRATED,
        "dispatch.whenNoCarFree",
        "'station' under the traditional policy (it sends no patrol car for a call to wait for)",
        d.whenNoCarFree());
  }

  private void factor(String field, Double value) {
    check(
        value != null && value >= MIN_FACTOR && value <= MAX_FACTOR,
        field,
        "a speed factor from 0.1 to 10 (1 = the road's car speed)",
        value);
  }

  private static boolean oneOf(String value, String... allowed) {
    return value != null && List.of(allowed).contains(value);
  }

  private void checkFile(String field, String path) {
    if (path != null) {
      check(Files.isRegularFile(Path.of(expandHome(path))), field, "an existing file", path);
    }
  }

  static String expandHome(String path) {
    return path.startsWith("~") ? System.getProperty("user.home") + path.substring(1) : path;
  }

  private void check(boolean ok, String field, String expected, Object got) {
    if (!ok) {
      throw new Problem(loaded.error(field, "expected " + expected + ", got " + got));
    }
  }

  /** A field's first problem, which ends the checks of its top-level field. */
  private static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Problem(ScenarioError line) {
      super(line.getMessage(), null, false, false);
    }
  }
}
