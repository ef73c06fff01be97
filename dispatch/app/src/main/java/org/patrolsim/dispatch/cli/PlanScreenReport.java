// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.patrolsim.dispatch.hypercube.HypercubeSolution;
import org.patrolsim.dispatch.hypercube.LineCapacity;
import org.patrolsim.dispatch.hypercube.bridge.Departure;
import org.patrolsim.dispatch.hypercube.bridge.ModelSample;
import org.patrolsim.dispatch.hypercube.bridge.PlanAtom;
import org.patrolsim.dispatch.hypercube.bridge.PlanHypercube;
import org.patrolsim.dispatch.hypercube.bridge.PlanScreen;
import org.patrolsim.geo.LatLon;
import org.patrolsim.sim.stats.ConfidenceInterval;

/**
 * Writes the hypercube screen of a plan ({@code patrolsim hypercube --scenario}) as tables or as
 * JSON, with the full model's estimates beside it when simulated. The JSON has the keys of a SPEC's
 * output and a {@code plan} object.
 */
final class PlanScreenReport {
  private static final int BUSIEST_ATOMS = 5;

  private PlanScreenReport() {}

  static String text(PlanScreen screen, String map, Optional<List<ModelSample>> sim, long seed) {
    PlanHypercube plan = screen.plan();
    HypercubeSolution s = screen.solution();
    StringBuilder out = new StringBuilder();
    line(
        out,
        "Hypercube screen of %s on %s: %d patrol cars (%s), %d atoms (%d incident places grouped by"
            + " preference order)",
        plan.source(),
        map,
        plan.units(),
        plan.homesAreBeatCentres() ? "at their beats' centres" : "at their posts",
        plan.atoms().size(),
        plan.places());
    line(
        out,
        "Calls: %.2f an hour (%s) x %.3f cars per call = %.2f dispatches an hour",
        plan.callsPerHour(),
        plan.hour() == null ? "the day's mean" : "hour " + plan.hour(),
        plan.dispatchesPerCall(),
        plan.dispatchesPerHour());
    if (plan.busy().exponential()) {
      line(
          out,
          "Busy time per dispatch: %.2f min, exponential, from dispatch until back at the post",
          screen.busyMinutes());
    } else {
      line(
          out,
          "Busy time per dispatch: %.2f min (on scene %.2f + the mean drive out the solution predicts, %.2f;"
              + " %d solutions)",
          screen.busyMinutes(),
          plan.busy().meanMinutes(),
          screen.busyMinutes() - plan.busy().meanMinutes(),
          screen.solutions());
    }
    line(
        out,
        "Line capacity: %s",
        plan.capacity() == LineCapacity.ZERO
            ? "zero (a call that finds no car free goes to a station)"
            : "infinite (a call that finds no car free waits)");
    if (s.method() == HypercubeSolution.SolutionMethod.EXACT) {
      line(
          out,
          "Exact solution: 2^%d = %d states, %d Gauss-Seidel sweeps, residual %.1e",
          plan.units(),
          1 << plan.units(),
          s.iterations(),
          s.residual());
    } else {
      line(
          out,
          "Larson's approximate procedure%s: %d iterations, last change %.1e",
          plan.units() > 16 ? " (more than 16 cars)" : "",
          s.iterations(),
          s.residual());
    }
    sim.ifPresent(
        m ->
            line(
                out,
                "Full model (patrolsim run of the same plan): %d replications, base seed %d, %s",
                m.size(),
                seed,
                plan.hour() == null
                    ? "every call of the call period"
                    : "hour " + plan.hour() + " of every day"));
    out.append(System.lineSeparator());
    String head =
        sim.isPresent() ? String.format(Locale.ROOT, " %10s  %-22s", "full model", "95% CI") : "";
    line(out, "%-42s %10s%s", "measure", "screen", head);
    row(out, "probability that no car is free", s.probAllBusy(), sim, ModelSample::probNoCarFree);
    if (sim.isPresent()) {
      row(
          out,
          "share of calls that found no car free",
          s.probAllBusy(),
          sim,
          ModelSample::callsFindingNoFreeCar);
    }
    row(
        out,
        "inter-district fraction",
        s.interDistrictFraction(),
        sim,
        ModelSample::interDistrictFraction);
    row(
        out,
        "mean travel time (min)",
        screen.meanTravelMinutes(),
        sim,
        ModelSample::meanTravelMinutes);
    if (plan.capacity() == LineCapacity.INFINITE) {
      row(
          out,
          "mean queue wait (min)",
          s.meanQueueWait() * 60,
          sim,
          ModelSample::meanQueueWaitMinutes);
    }
    row(out, "mean workload of a car", mean(s.workloads()), sim, m -> mean(m.workloads()));
    line(out, "%-42s %9.1f %%", "street-disposal ceiling of the types", plan.streetCeiling() * 100);
    line(
        out,
        "%-42s %9.1f %%",
        plan.capacity() == LineCapacity.ZERO
            ? "  of which patrol availability allows"
            : "  patrol availability allows (calls wait)",
        screen.streetDisposalAllowed() * 100);
    out.append(System.lineSeparator());
    line(
        out,
        "%-8s %-22s %8s%s",
        "car",
        "home",
        "workload",
        sim.isPresent() ? "  full model  95% CI" : "");
    for (int n = 0; n < plan.units(); n++) {
      LatLon home = plan.homes().get(n).point();
      int unit = n;
      String simulated =
          sim.map(
                  m -> {
                    ConfidenceInterval ci = interval(m, x -> x.workloads()[unit]);
                    return String.format(
                        Locale.ROOT, "  %10.4f  [%.4f, %.4f]", ci.mean(), ci.lower(), ci.upper());
                  })
              .orElse("");
      line(
          out,
          "%-8s %-22s %8.4f%s",
          plan.cars().get(n),
          String.format(Locale.ROOT, "%.5f,%.5f", home.lat(), home.lon()),
          s.workloads()[n],
          simulated);
    }
    out.append(System.lineSeparator());
    line(out, "The busiest atoms (of %d):", plan.atoms().size());
    line(out, "%-6s %8s %7s  %s", "atom", "share", "places", "first cars on its list");
    for (int j = 0; j < Math.min(BUSIEST_ATOMS, plan.atoms().size()); j++) {
      PlanAtom a = plan.atoms().get(j);
      StringBuilder first = new StringBuilder();
      int[] order = a.preference();
      for (int k = 0; k < Math.min(3, order.length); k++) {
        first.append(k == 0 ? "" : ", ").append(plan.cars().get(order[k]));
      }
      line(out, "%-6d %7.2f%% %7d  %s", j + 1, a.share() * 100, a.places().size(), first);
    }
    out.append(System.lineSeparator());
    if (plan.exact()) {
      line(
          out,
          "The plan meets every assumption of the hypercube model (docs/MODEL.md §6): the screen is exact.");
    } else {
      line(
          out,
          "Assumptions of the hypercube model this plan breaks, so the screen approximates it:");
      for (Departure d : plan.departures()) {
        line(out, "  - %s", d);
      }
    }
    return out.toString();
  }

  private static void row(
      StringBuilder out,
      String name,
      double screen,
      Optional<List<ModelSample>> sim,
      ToDoubleFunction<ModelSample> value) {
    String simulated =
        sim.map(
                m -> {
                  ConfidenceInterval ci = interval(m, value);
                  return String.format(
                      Locale.ROOT, " %10.5f  [%.5f, %.5f]", ci.mean(), ci.lower(), ci.upper());
                })
            .orElse("");
    line(out, "%-42s %10s%s", name, number(screen), simulated);
  }

  /** Five decimals, or two significant digits for a positive value too small for them (2.6e-09). */
  private static String number(double v) {
    return v > 0 && v < 5e-6
        ? String.format(Locale.ROOT, "%.1e", v)
        : String.format(Locale.ROOT, "%.5f", v);
  }

  private static ConfidenceInterval interval(
      List<ModelSample> samples, ToDoubleFunction<ModelSample> value) {
    return ConfidenceInterval.studentT95(samples.stream().mapToDouble(value).toArray());
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  static String json(PlanScreen screen, String map, Optional<List<ModelSample>> sim, long seed) {
    PlanHypercube plan = screen.plan();
    HypercubeSolution s = screen.solution();
    ObjectNode root =
        HypercubeReport.solutionJson(
            plan.units(), plan.atoms().size(), plan.capacity(), plan.dispatchesPerHour(), s);
    planJson(root.putObject("plan"), screen, map);
    sim.ifPresent(m -> simulatedJson(root.putObject("simulated"), m, seed, plan));
    return HypercubeReport.text(root);
  }

  private static void planJson(ObjectNode node, PlanScreen screen, String map) {
    PlanHypercube plan = screen.plan();
    node.put("scenario", plan.source());
    node.put("map", map);
    node.put("timeUnit", "hour");
    ArrayNode cars = node.putArray("cars");
    for (int n = 0; n < plan.units(); n++) {
      ObjectNode car = cars.addObject();
      car.put("id", plan.cars().get(n).name());
      car.put("lat", plan.homes().get(n).point().lat());
      car.put("lon", plan.homes().get(n).point().lon());
    }
    node.put("homesAreBeatCentres", plan.homesAreBeatCentres());
    node.put("places", plan.places());
    node.put("callsPerHour", plan.callsPerHour());
    node.put("dispatchesPerCall", plan.dispatchesPerCall());
    if (plan.hour() == null) {
      node.putNull("hour");
    } else {
      node.put("hour", plan.hour());
    }
    node.put("busyTime", plan.busy().exponential() ? "exponential" : "scene");
    node.put("busyMinutes", screen.busyMinutes());
    node.put("serviceRate", 60 / screen.busyMinutes());
    node.put("probabilityNoCarFree", screen.probabilityNoCarFree());
    node.put("streetDisposalCeiling", plan.streetCeiling());
    node.put("streetDisposalAllowed", screen.streetDisposalAllowed());
    node.put("exact", plan.exact());
    ArrayNode departures = node.putArray("departures");
    for (Departure d : plan.departures()) {
      departures.addObject().put("field", d.field()).put("why", d.why());
    }
    ArrayNode atoms = node.putArray("atomList");
    for (PlanAtom a : plan.atoms()) {
      ObjectNode atom = atoms.addObject();
      atom.put("rate", a.share() * plan.dispatchesPerHour());
      atom.put("places", a.places().size());
      ArrayNode preference = atom.putArray("preference");
      for (int unit : a.preference()) {
        preference.add(unit + 1);
      }
    }
  }

  private static void simulatedJson(
      ObjectNode node, List<ModelSample> m, long seed, PlanHypercube plan) {
    node.put("model", "full");
    node.put("replications", m.size());
    node.put("seed", seed);
    ArrayNode w = node.putArray("workloads");
    for (int n = 0; n < plan.units(); n++) {
      int unit = n;
      estimate(w.addObject(), interval(m, x -> x.workloads()[unit]));
    }
    estimate(node.putObject("probAllBusy"), interval(m, ModelSample::probNoCarFree));
    estimate(
        node.putObject("callsFindingNoFreeCar"), interval(m, ModelSample::callsFindingNoFreeCar));
    estimate(
        node.putObject("interDistrictFraction"), interval(m, ModelSample::interDistrictFraction));
    estimate(node.putObject("meanTravelTime"), interval(m, ModelSample::meanTravelMinutes));
    estimate(node.putObject("meanQueueWait"), interval(m, x -> x.meanQueueWaitMinutes() / 60));
  }

  private static void estimate(ObjectNode node, ConfidenceInterval ci) {
    node.put("mean", ci.mean());
    node.put("ciLow", ci.lower());
    node.put("ciHigh", ci.upper());
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
  }
}
