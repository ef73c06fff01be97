// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.sweep.Estimate;
import org.patrolsim.dispatch.sweep.SweepFiles;
import org.patrolsim.dispatch.sweep.Target;

/**
 * The outputs of {@code patrolsim optimise} (docs/SCENARIO.md): {@value #PLAN}, the chosen plan as
 * a complete scenario that runs as it is, and {@value #JSON}, the candidates, the screen, the
 * confirmation table and the answer. Both are the same bytes for the same command and seed.
 */
public final class OptimiseFiles {
  public static final String PLAN = "plan.yaml";
  public static final String JSON = "optimise.json";
  private static final ObjectMapper JSON_MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();
  private static final ObjectMapper YAML =
      YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();

  private OptimiseFiles() {}

  /** Writes both files into {@code dir}. */
  public static void write(OptimiseResult result, Path dir) {
    write(result, null, null, dir);
  }

  /**
   * Writes both files into {@code dir}, optimise.json with the {@code tradeOff} section unless it
   * is null, and {@value OptimisePage#HTML} of the chosen plan's {@code moved} unless it is null.
   */
  public static void write(OptimiseResult result, TradeOff tradeOff, WhatMoved moved, Path dir) {
    try {
      Files.createDirectories(dir);
      JsonNode plan = JSON_MAPPER.readTree(result.chosenRow().plan().scenarioJson());
      Files.writeString(
          dir.resolve(PLAN),
          "# patrolsim optimise: the chosen plan ("
              + result.chosenRow().plan().name()
              + "), a complete scenario\n"
              + YAML.writeValueAsString(plan),
          StandardCharsets.UTF_8);
      Map<String, Object> json = json(result);
      if (tradeOff != null) {
        json.put("tradeOff", tradeOff.json());
      }
      Files.writeString(
          dir.resolve(JSON), JSON_MAPPER.writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
      if (moved != null) {
        Files.writeString(
            dir.resolve(OptimisePage.HTML),
            OptimisePage.html(json, result, moved),
            StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> json(OptimiseResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seed", r.seed());
    m.put("objective", r.goal().objective().toString());
    m.put("constraints", r.goal().constraints().stream().map(Target::toString).toList());
    m.put("cars", r.goal().cars());
    Map<String, Object> screen = new LinkedHashMap<>();
    screen.put(
        "method",
        "MEXCLP (Daskin 1983) with a value function of road time (Erkut, Ingolfsson & Erdogan"
            + " 2008), greedy then Teitz-Bart vertex substitution");
    screen.put("busyProbability", SweepFiles.number(r.busyProbability()));
    screen.put("coverMinutes", SweepFiles.number(r.valueFunction().radiusMinutes()));
    screen.put("valueFunction", r.valueFunction().describe());
    screen.put("demandPoints", r.demandPoints());
    screen.put("starts", r.search().starts());
    screen.put("passes", r.search().passes());
    screen.put("setsScored", r.search().evaluated());
    List<Object> sites = new ArrayList<>();
    for (int i = 0; i < r.sites().size(); i++) {
      Site s = r.sites().get(i);
      Map<String, Object> site = new LinkedHashMap<>();
      site.put("index", i);
      site.put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
      site.put("name", s.name());
      site.put("lat", s.point().lat());
      site.put("lon", s.point().lon());
      sites.add(site);
    }
    screen.put("candidates", sites);
    List<Object> ranked = new ArrayList<>();
    for (PostSearch.Ranked k : r.search().ranked()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("sites", k.sites());
      one.put("coverage", SweepFiles.number(k.score().coverage()));
      one.put("expectedMinutes", SweepFiles.number(k.score().expectedMinutes()));
      ranked.add(one);
    }
    screen.put("ranked", ranked);
    m.put("screen", screen);
    Map<String, Object> confirm = new LinkedHashMap<>();
    confirm.put(
        "procedure", "KN (Kim and Nelson 2001), common random numbers, indifference zone delta");
    confirm.put("delta", r.goal().delta());
    confirm.put("probabilityOfCorrectSelection", 1 - Optimiser.ALPHA);
    confirm.put("firstReplications", r.settings().firstReplications());
    confirm.put("maxReplications", r.settings().maxReplications());
    confirm.put("hSquared", SweepFiles.number(r.hSquared()));
    confirm.put("capped", r.capped());
    confirm.put("replications", r.replications());
    List<Object> table = new ArrayList<>();
    for (OptimiseResult.Row row : r.rows()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("plan", row.plan().name());
      one.put("replications", row.replications());
      one.put("objective", estimate(row.objective()));
      one.put("constraints", constraints(r, row));
      one.put("contested", row.contested());
      one.put("eliminatedAfter", row.eliminatedAt() == 0 ? null : row.eliminatedAt());
      table.add(one);
    }
    confirm.put("table", table);
    m.put("confirmation", confirm);
    Map<String, Object> chosen = new LinkedHashMap<>();
    OptimiseResult.Row row = r.chosenRow();
    chosen.put("plan", row.plan().name());
    List<Object> posts = new ArrayList<>();
    for (Site s : row.plan().sites()) {
      posts.add(Map.of("lat", s.point().lat(), "lon", s.point().lon()));
    }
    chosen.put("posts", posts);
    chosen.put("objective", estimate(row.objective()));
    chosen.put("versusStart", estimate(r.versusStart()));
    chosen.put("constraints", constraints(r, row));
    m.put("chosen", chosen);
    if (r.staffing() != null) {
      m.put("staffing", StaffingFiles.json(r.staffing(), row.plan()));
    }
    m.put("check", check(r));
    return m;
  }

  /** The chosen plan against the starting plan on the check's fresh replications. */
  private static Map<String, Object> check(OptimiseResult r) {
    StartCheck c = r.check();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("replications", c.replications());
    m.put("firstReplication", c.firstReplication());
    m.put("shownBetter", c.shownBetter());
    m.put("verdict", verdict(r));
    m.put("objective", delta(c.objective()));
    List<Object> constraints = new ArrayList<>();
    for (int i = 0; i < r.goal().constraints().size(); i++) {
      Target t = r.goal().constraints().get(i);
      Estimate e = c.constraints().get(i);
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("constraint", t.toString());
      one.put("estimate", estimate(e));
      one.put("status", t.status(e).name().toLowerCase(java.util.Locale.ROOT));
      one.put("delta", delta(c.constraintDeltas().get(i)));
      constraints.add(one);
    }
    m.put("constraints", constraints);
    List<Object> kpis = new ArrayList<>();
    for (StartCheck.KpiDelta k : c.kpis()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("key", k.kpi().key());
      one.put("unit", k.kpi().unit().name().toLowerCase(java.util.Locale.ROOT));
      one.put("start", SweepFiles.number(k.start()));
      one.put("chosen", SweepFiles.number(k.chosen()));
      one.put("delta", delta(k.delta()));
      kpis.add(one);
    }
    m.put("kpis", kpis);
    return m;
  }

  /**
   * One line on the check: shown better than the starting plan, or not, and why not (the console
   * says the same).
   */
  public static String verdict(OptimiseResult r) {
    StartCheck c = r.check();
    if (c.shownBetter()) {
      return "shown better than the starting plan on "
          + r.goal().objective().kpi().key()
          + " (paired 95 % interval excludes 0) with no constraint missed";
    }
    List<String> why = new ArrayList<>();
    if (r.chosen() == 0) {
      why.add("the chosen plan is the starting plan");
    } else if (!c.objective().hasInterval()
        || (c.objective().low() <= 0 && c.objective().high() >= 0)) {
      why.add("the paired 95 % interval of " + r.goal().objective().kpi().key() + " includes 0");
    } else {
      why.add("it is worse on " + r.goal().objective().kpi().key());
    }
    for (int i = 0; i < r.goal().constraints().size(); i++) {
      Target t = r.goal().constraints().get(i);
      if (t.status(c.constraints().get(i)) == Target.Status.MISSED) {
        why.add("it misses " + t);
      }
    }
    return "not shown better than the starting plan: " + String.join("; ", why);
  }

  private static Map<String, Object> delta(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mean", SweepFiles.number(e.mean()));
    m.put("low", SweepFiles.number(e.low()));
    m.put("high", SweepFiles.number(e.high()));
    m.put("n", e.n());
    return m;
  }

  private static List<Object> constraints(OptimiseResult r, OptimiseResult.Row row) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < r.goal().constraints().size(); i++) {
      Target t = r.goal().constraints().get(i);
      Estimate e = row.constraints().get(i);
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("constraint", t.toString());
      one.put("estimate", estimate(e));
      one.put("status", t.status(e).name().toLowerCase(java.util.Locale.ROOT));
      out.add(one);
    }
    return out;
  }

  static Map<String, Object> estimate(Estimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mean", SweepFiles.number(e.mean()));
    m.put("ciLow", SweepFiles.number(e.low()));
    m.put("ciHigh", SweepFiles.number(e.high()));
    m.put("n", e.n());
    return m;
  }
}
