// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.patrolsim.dispatch.hypercube.Estimate;
import org.patrolsim.dispatch.hypercube.HypercubeSolution;
import org.patrolsim.dispatch.hypercube.HypercubeSpec;
import org.patrolsim.dispatch.hypercube.LineCapacity;
import org.patrolsim.dispatch.hypercube.SimulatedHypercube;

/** Writes a hypercube solution (and its simulated counterpart) as tables or as JSON. */
final class HypercubeReport {
  private static final int MAX_UNITS_FOR_STATE_TABLE = 4;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private HypercubeReport() {}

  static String json(
      HypercubeSpec spec, HypercubeSolution s, Optional<SimulatedHypercube> simulated) {
    ObjectNode root =
        solutionJson(
            spec.units(), spec.atomCount(), spec.lineCapacity(), spec.totalArrivalRate(), s);
    simulated.ifPresent(sim -> simulatedJson(root.putObject("simulated"), sim));
    return text(root);
  }

  /**
   * The measures of a solution as {@code --json} prints them, for a SPEC or a plan's hypercube
   * alike.
   */
  static ObjectNode solutionJson(
      int units, int atoms, LineCapacity capacity, double totalRate, HypercubeSolution s) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("method", s.method().name().toLowerCase(Locale.ROOT));
    root.put("units", units);
    root.put("atoms", atoms);
    root.put("queue", capacity == LineCapacity.INFINITE ? "infinite" : "zero");
    root.put("totalArrivalRate", totalRate);
    array(root.putArray("workloads"), s.workloads());
    root.put("probAllBusy", s.probAllBusy());
    root.put("interDistrictFraction", s.interDistrictFraction());
    ArrayNode f = root.putArray("dispatchFractions");
    for (double[] row : s.dispatchFractions()) {
      array(f.addArray(), row);
    }
    root.put("meanQueueWait", s.meanQueueWait());
    s.travelTimes()
        .ifPresent(
            t -> {
              array(root.putArray("meanTravelTimes"), t.perAtom());
              root.put("meanTravelTime", t.overall());
            });
    if (s.method() == HypercubeSolution.SolutionMethod.EXACT) {
      array(root.putArray("stateProbabilities"), s.stateProbabilities());
    }
    ObjectNode solver = root.putObject("solver");
    solver.put("iterations", s.iterations());
    solver.put("residual", s.residual());
    return root;
  }

  /** The JSON text of {@code root}, indented, with a final line end. */
  static String text(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void simulatedJson(ObjectNode node, SimulatedHypercube sim) {
    node.put("replications", sim.replications());
    node.put("seed", sim.seed());
    node.put("horizon", sim.horizon());
    node.put("warmup", sim.warmup());
    ArrayNode w = node.putArray("workloads");
    for (Estimate e : sim.workloads()) {
      estimate(w.addObject(), e);
    }
    estimate(node.putObject("probAllBusy"), sim.probAllBusy());
    estimate(node.putObject("interDistrictFraction"), sim.interDistrictFraction());
    ArrayNode f = node.putArray("dispatchFractions");
    for (Estimate[] row : sim.dispatchFractions()) {
      ArrayNode r = f.addArray();
      for (Estimate e : row) {
        estimate(r.addObject(), e);
      }
    }
    estimate(node.putObject("meanQueueWait"), sim.meanQueueWait());
  }

  private static void estimate(ObjectNode node, Estimate e) {
    node.put("mean", e.mean());
    node.put("ciLow", e.ciLow());
    node.put("ciHigh", e.ciHigh());
  }

  private static void array(ArrayNode node, double[] values) {
    for (double v : values) {
      if (Double.isNaN(v)) {
        node.addNull();
      } else {
        node.add(v);
      }
    }
  }

  static String text(
      String source, HypercubeSpec spec, HypercubeSolution s, Optional<SimulatedHypercube> sim) {
    StringBuilder out = new StringBuilder();
    line(
        out,
        "Hypercube model %s: %d units, %d atoms, %s, total arrival rate %.6g",
        source,
        spec.units(),
        spec.atomCount(),
        spec.lineCapacity() == LineCapacity.INFINITE
            ? "infinite FCFS queue"
            : "zero line capacity (calls lost when all busy)",
        spec.totalArrivalRate());
    if (s.method() == HypercubeSolution.SolutionMethod.EXACT) {
      line(
          out,
          "Exact solution: 2^%d = %d states, %d Gauss-Seidel sweeps, residual %.1e",
          spec.units(),
          1 << spec.units(),
          s.iterations(),
          s.residual());
    } else {
      line(
          out,
          "Larson's approximate procedure: %d iterations, last change %.1e",
          s.iterations(),
          s.residual());
    }
    sim.ifPresent(
        m ->
            line(
                out,
                "Simulated on the actor engine: %d replications of %.6g time units (first %.6g dropped), base seed %d",
                m.replications(),
                m.horizon(),
                m.warmup(),
                m.seed()));
    out.append(System.lineSeparator());
    measures(out, spec, s, sim);
    dispatchFractions(
        out, "Dispatch fractions f[unit][atom] (share of all dispatches)", s.dispatchFractions());
    sim.ifPresent(m -> simulatedDispatchFractions(out, s, m));
    s.travelTimes().ifPresent(t -> travelTimes(out, t));
    if (s.method() == HypercubeSolution.SolutionMethod.EXACT
        && spec.units() <= MAX_UNITS_FOR_STATE_TABLE) {
      states(out, spec.units(), s.stateProbabilities());
    }
    return out.toString();
  }

  private static void measures(
      StringBuilder out,
      HypercubeSpec spec,
      HypercubeSolution s,
      Optional<SimulatedHypercube> sim) {
    line(
        out,
        "%-24s %10s%s",
        "measure",
        "analytic",
        sim.isPresent()
            ? String.format(Locale.ROOT, " %10s  %-23s %s", "simulated", "95% CI", "covers")
            : "");
    for (int n = 0; n < spec.units(); n++) {
      int unit = n;
      row(out, "workload unit " + (n + 1), s.workloads()[n], sim.map(m -> m.workloads()[unit]));
    }
    row(out, "P(all busy)", s.probAllBusy(), sim.map(SimulatedHypercube::probAllBusy));
    row(
        out,
        "inter-district fraction",
        s.interDistrictFraction(),
        sim.map(SimulatedHypercube::interDistrictFraction));
    row(out, "mean queue wait", s.meanQueueWait(), sim.map(SimulatedHypercube::meanQueueWait));
    out.append(System.lineSeparator());
  }

  private static void row(StringBuilder out, String name, double analytic, Optional<Estimate> e) {
    String simulated =
        e.map(
                x ->
                    String.format(
                        Locale.ROOT,
                        " %10.5f  [%9.5f, %9.5f]  %s",
                        x.mean(),
                        x.ciLow(),
                        x.ciHigh(),
                        x.covers(analytic) ? "yes" : "NO"))
            .orElse("");
    line(out, "%-24s %10.5f%s", name, analytic, simulated);
  }

  private static void dispatchFractions(StringBuilder out, String title, double[][] f) {
    line(out, "%s:", title);
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-8s", ""));
    for (int j = 0; j < f[0].length; j++) {
      header.append(String.format(Locale.ROOT, " %8s", "atom " + (j + 1)));
    }
    line(out, "%s", header);
    for (int n = 0; n < f.length; n++) {
      StringBuilder r = new StringBuilder(String.format(Locale.ROOT, "%-8s", "unit " + (n + 1)));
      for (double v : f[n]) {
        r.append(String.format(Locale.ROOT, " %8.4f", v));
      }
      line(out, "%s", r);
    }
    out.append(System.lineSeparator());
  }

  private static void simulatedDispatchFractions(
      StringBuilder out, HypercubeSolution s, SimulatedHypercube m) {
    double[][] means = new double[m.dispatchFractions().length][];
    int covered = 0;
    int total = 0;
    for (int n = 0; n < means.length; n++) {
      means[n] = new double[m.dispatchFractions()[n].length];
      for (int j = 0; j < means[n].length; j++) {
        Estimate e = m.dispatchFractions()[n][j];
        means[n][j] = e.mean();
        total++;
        covered += e.covers(s.dispatchFractions()[n][j]) ? 1 : 0;
      }
    }
    dispatchFractions(
        out,
        String.format(
            Locale.ROOT,
            "Simulated dispatch fractions (mean; %d of %d 95%% CIs cover the analytic value)",
            covered,
            total),
        means);
  }

  private static void travelTimes(StringBuilder out, HypercubeSolution.TravelTimes t) {
    line(out, "Mean travel time (minutes, units from home): overall %.4f", t.overall());
    for (int j = 0; j < t.perAtom().length; j++) {
      line(out, "  atom %-4d %10.4f", j + 1, t.perAtom()[j]);
    }
    out.append(System.lineSeparator());
  }

  private static void states(StringBuilder out, int units, double[] p) {
    line(
        out,
        "State probabilities (busy = 1, written unit %d..1 as in Larson & Odoni; none waiting):",
        units);
    for (int s = 0; s < p.length; s++) {
      StringBuilder bits = new StringBuilder();
      for (int n = units - 1; n >= 0; n--) {
        bits.append((s >> n) & 1);
      }
      line(out, "  P%s = %.5f", bits, p[s]);
    }
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
  }
}
