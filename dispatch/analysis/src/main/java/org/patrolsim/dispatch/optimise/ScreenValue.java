// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.dispatch.scenario.WhenNoCarFree;

/**
 * What a call is worth to the screen when the free car that takes it waits {@code t} free-flow road
 * minutes away: {@link CoverageScreen}'s MEXCLP with a value function of the response time in place
 * of the 0/1 cover, as Erkut, Ingolfsson and Erdogan put a survival function there (Erkut, E.,
 * Ingolfsson, A. and Erdogan, G. (2008), "Ambulance location for maximum survival", Naval Research
 * Logistics 55(1), 42-58). The value comes from the objective and the scenario's own inputs
 * (docs/MODEL.md §10):
 *
 * <ul>
 *   <li>{@link Kind#SETTLE} (street disposal and its losses): the chance the call is settled on the
 *       street, summed over the incident types by share: {@code min(1, streetResolveProbability)}
 *       times the type's decay at the delay (typical call handling of its priority, plus the
 *       typical car turnout, plus the drive {@code t x congestion / speedFactor}); 0 when the
 *       policy would call out the station instead (handling plus drive beyond {@code
 *       dispatch.responseThresholdMinutes}, unless {@code whenNoCarFree: wait}).
 *   <li>{@link Kind#WITHIN_TARGET} (urgent within target, coverage): 1 when handling, turnout and
 *       drive of an urgent call fit the target, else 0.
 *   <li>{@link Kind#STEP}: 1 within a radius of free-flow minutes ({@code --cover-minutes}, or for
 *       any other objective {@code dispatch.urgentTargetMinutes}), else 0.
 * </ul>
 *
 * <p>Congestion: the value is the mean over the 24 hours of the day weighted by the calls expected
 * in each (the arrival profile; a replay's calls per hour), each hour at its own multiplier. Not
 * the peak: the screen's objective is a share of all calls, most of which come off the peak, and a
 * step averaged over the hours is the share of calls it covers; not a call-weighted mean factor
 * either: the value is not linear in the delay.
 */
public final class ScreenValue {
  /** Which value function. */
  public enum Kind {
    SETTLE("settle"),
    WITHIN_TARGET("within-target"),
    STEP("step");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    @Override
    public String toString() {
      return key;
    }
  }

  /** The objectives valued by the street settle chance. */
  static final Set<String> SETTLE_KPIS =
      Set.of("streetDisposalShare", "availabilityLoss", "responseLoss", "incidents.streetDisposed");

  /** The objectives valued by the urgent call's arrival within dispatch.urgentTargetMinutes. */
  static final Set<String> URGENT_TARGET_KPIS =
      Set.of("urgentFirstArrivalWithinTargetShare", "urgentCoverWithinTargetShare");

  private static final String COVERAGE = "coverage.";
  private static final double MS_PER_MINUTE = 60_000;

  /**
   * One incident type's part of the settle value.
   *
   * @param type the type
   * @param weight its share of calls (the shares summing to 1)
   * @param handlingMinutes typical call handling of its priority
   * @param speedFactor response speed of its priority
   */
  record Term(IncidentType type, double weight, double handlingMinutes, double speedFactor) {}

  private final Kind kind;
  private final double[] hourWeight;
  private final double[] congestion;
  private final List<Term> terms;
  private final double turnoutMinutes;
  private final double limitMinutes;
  private final String reason;

  private ScreenValue(
      Kind kind,
      double[] hourWeight,
      double[] congestion,
      List<Term> terms,
      double turnoutMinutes,
      double limitMinutes,
      String reason) {
    this.kind = kind;
    this.hourWeight = hourWeight.clone();
    this.congestion = congestion.clone();
    this.terms = List.copyOf(terms);
    this.turnoutMinutes = turnoutMinutes;
    this.limitMinutes = limitMinutes;
    this.reason = reason;
  }

  /** 1 within {@code radiusMinutes} of free-flow road time, else 0. */
  public static ScreenValue step(double radiusMinutes, String reason) {
    return new ScreenValue(
        Kind.STEP, new double[] {1}, new double[] {1}, List.of(), 0, radiusMinutes, reason);
  }

  /**
   * The settle value of calls of {@code terms}, in hours of weight {@code hourWeight} (summing to
   * 1) at congestion {@code congestion}, {@code turnoutMinutes} of car turnout, the station taking
   * calls beyond {@code thresholdMinutes} (+Infinity: never).
   */
  static ScreenValue settle(
      double[] hourWeight,
      double[] congestion,
      List<Term> terms,
      double turnoutMinutes,
      double thresholdMinutes) {
    return new ScreenValue(
        Kind.SETTLE,
        hourWeight,
        congestion,
        terms,
        turnoutMinutes,
        thresholdMinutes,
        "the objective's calls are settled on the street");
  }

  /**
   * 1 when {@code handlingMinutes + turnoutMinutes + t x congestion / speedFactor} is at most
   * {@code targetMinutes}, averaged over the hours.
   */
  static ScreenValue withinTarget(
      double[] hourWeight,
      double[] congestion,
      double handlingMinutes,
      double speedFactor,
      double turnoutMinutes,
      double targetMinutes,
      String reason) {
    return new ScreenValue(
        Kind.WITHIN_TARGET,
        hourWeight,
        congestion,
        List.of(new Term(null, 1, handlingMinutes, speedFactor)),
        turnoutMinutes,
        targetMinutes,
        reason);
  }

  /**
   * The value for {@code objective} on {@code model}'s plan; {@code coverMinutes}, when not null,
   * overrides it with a step at that radius.
   */
  public static ScreenValue of(CityModel model, Kpi objective, Double coverMinutes) {
    Scenario s = model.scenario();
    if (coverMinutes != null) {
      return step(coverMinutes, "--cover-minutes");
    }
    String key = objective.key();
    double[] hours = hourWeights(model);
    double[] congestion = new double[24];
    for (int h = 0; h < 24; h++) {
      congestion[h] = model.response().congestionAt(h * 3_600_000L + 1_800_000L);
    }
    double turnout = s.response().carTurnoutSeconds().median() / 60;
    if (SETTLE_KPIS.contains(key)) {
      double total = 0;
      for (IncidentType t : model.mix().types()) {
        total += t.share();
      }
      List<Term> terms = new ArrayList<>();
      for (IncidentType t : model.mix().types()) {
        terms.add(
            new Term(
                t,
                t.share() / total,
                model.response().typicalHandlingSeconds(t.priority()) / 60,
                speedFactor(s, t.priority())));
      }
      double threshold =
          s.dispatch().whenNoCarFree() == WhenNoCarFree.STATION
              ? s.dispatch().responseThresholdMinutes()
              : Double.POSITIVE_INFINITY;
      return settle(hours, congestion, terms, turnout, threshold);
    }
    boolean urgent =
        URGENT_TARGET_KPIS.contains(key) || key.startsWith("firstArrivalSeconds.urgent");
    if (urgent || key.startsWith(COVERAGE)) {
      double target =
          urgent ? s.dispatch().urgentTargetMinutes() : s.report().coverageTargetMinutes();
      return withinTarget(
          hours,
          congestion,
          model.response().typicalHandlingSeconds(Priority.URGENT) / 60,
          speedFactor(s, Priority.URGENT),
          turnout,
          target,
          urgent
              ? "an urgent call's first arrival within dispatch.urgentTargetMinutes"
              : "an urgent call's arrival within report.coverageTargetMinutes");
    }
    return step(
        s.dispatch().urgentTargetMinutes(),
        "fallback: "
            + key
            + " has no value function of its own; the step at dispatch.urgentTargetMinutes");
  }

  private static double speedFactor(Scenario s, Priority p) {
    Scenario.SpeedFactors f = s.response().speedFactor();
    return switch (p) {
      case URGENT -> f.urgent();
      case NORMAL -> f.normal();
      case LOW -> f.low();
    };
  }

  /** Each hour of day's share of the calls: the arrival profile, or a replay's calls. */
  private static double[] hourWeights(CityModel model) {
    double[] perHour = new double[24];
    if (model.replay() != null) {
      for (IncidentCall c : model.replay()) {
        perHour[(int) ((c.timeMs() / 3_600_000L) % 24)]++;
      }
    } else {
      for (int h = 0; h < 24; h++) {
        perHour[h] = model.arrivals().perHour(h);
      }
    }
    double sum = 0;
    for (double v : perHour) {
      sum += v;
    }
    for (int h = 0; h < 24; h++) {
      perHour[h] = sum > 0 ? perHour[h] / sum : 1.0 / 24;
    }
    return perHour;
  }

  /** Which value function. */
  public Kind kind() {
    return kind;
  }

  /** Why this value function. */
  public String reason() {
    return reason;
  }

  /** The step's radius in free-flow minutes; NaN for the other kinds. */
  public double radiusMinutes() {
    return kind == Kind.STEP ? limitMinutes : Double.NaN;
  }

  /** The value of a call whose car waits {@code t} free-flow road minutes away (0 to 1). */
  public double at(double t) {
    if (!Double.isFinite(t)) {
      return 0;
    }
    if (kind == Kind.STEP) {
      return t <= limitMinutes ? 1 : 0;
    }
    double v = 0;
    for (int h = 0; h < hourWeight.length; h++) {
      if (hourWeight[h] > 0) {
        v += hourWeight[h] * atCongestion(t * congestion[h]);
      }
    }
    return v;
  }

  /** The value at {@code drive} congested minutes at speed factor 1. */
  private double atCongestion(double drive) {
    double v = 0;
    for (Term term : terms) {
      double arrive = term.handlingMinutes() + drive / term.speedFactor();
      if (kind == Kind.WITHIN_TARGET) {
        v += arrive + turnoutMinutes <= limitMinutes ? term.weight() : 0;
      } else if (arrive <= limitMinutes) {
        long delayMs = Math.round((arrive + turnoutMinutes) * MS_PER_MINUTE);
        v += term.weight() * term.type().settleChance(1.0, delayMs);
      }
    }
    return v;
  }

  /** What optimise.json says of it: the kind, why, and its parameters. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind.toString());
    m.put("reason", reason);
    m.put(
        "source",
        kind == Kind.STEP
            ? "MEXCLP's 0/1 cover (Daskin 1983)"
            : "MEXCLP with a value function of response time (Erkut, Ingolfsson & Erdogan 2008)");
    if (kind == Kind.STEP) {
      m.put("radiusMinutes", limitMinutes);
      return m;
    }
    m.put("congestion", "each hour's multiplier, hours weighted by their expected calls");
    m.put("hourWeights", rounded(hourWeight));
    m.put("congestionByHour", rounded(congestion));
    m.put("carTurnoutMinutes", turnoutMinutes);
    if (kind == Kind.WITHIN_TARGET) {
      Term t = terms.get(0);
      m.put("targetMinutes", limitMinutes);
      m.put("handlingMinutes", t.handlingMinutes());
      m.put("speedFactor", t.speedFactor());
      return m;
    }
    m.put("thresholdMinutes", Double.isFinite(limitMinutes) ? limitMinutes : null);
    List<Object> types = new ArrayList<>();
    for (Term t : terms) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("type", t.type().name());
      one.put("priority", t.type().priority().name().toLowerCase(Locale.ROOT));
      one.put("share", t.weight());
      one.put("settle", Math.min(1.0, t.type().streetResolveProbability()));
      one.put("graceMinutes", t.type().settle().graceMs() / MS_PER_MINUTE);
      one.put(
          "halfLifeMinutes",
          t.type().settle().halfLifeMs() == 0
              ? null
              : t.type().settle().halfLifeMs() / MS_PER_MINUTE);
      one.put("handlingMinutes", t.handlingMinutes());
      one.put("speedFactor", t.speedFactor());
      types.add(one);
    }
    m.put("types", types);
    return m;
  }

  private static double[] rounded(double[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.round(values[i] * 1e6) / 1e6;
    }
    return out;
  }
}
