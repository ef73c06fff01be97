// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.patrolsim.dispatch.sweep.Estimate;
import org.patrolsim.dispatch.sweep.SweepFiles;
import org.patrolsim.dispatch.sweep.Target;

/**
 * The trade-off curve of {@code optimise --trade-off N1,N2,...}: for each count of cars, the same
 * optimisation with {@code fleet.vehicles} set to it, and the chosen plan's confirmed objective
 * with its interval, or "no feasible plan" naming the constraint that binds at that count.
 *
 * @param points one per count, fewest cars first
 */
public record TradeOff(List<Point> points) {

  /**
   * One count of cars.
   *
   * @param cars the cars
   * @param plan the plan chosen, null when none is feasible
   * @param objective the chosen plan's objective over its replications, null when none is feasible
   * @param binding the constraint no confirmed plan met, null when a plan is feasible
   * @param why the one line of the optimisation that found no feasible plan, else null
   */
  public record Point(int cars, String plan, Estimate objective, Target binding, String why) {
    public boolean feasible() {
      return binding == null;
    }
  }

  /** The optimisation of the same goal with {@code cars} cars. */
  @FunctionalInterface
  public interface Optimisation {
    OptimiseResult run(int cars);
  }

  public TradeOff {
    points = List.copyOf(points);
  }

  /** The counts of {@code --trade-off N1,N2,...}: distinct, ascending. */
  public static List<Integer> parse(String text) {
    TreeSet<Integer> counts = new TreeSet<>();
    for (String part : text.split(",", -1)) {
      int n;
      try {
        n = Integer.parseInt(part.strip());
      } catch (NumberFormatException e) {
        n = 0;
      }
      if (n < 1) {
        throw new OptimiseInputError(
            "--trade-off '"
                + text
                + "': '"
                + part.strip()
                + "' is not a count of cars; expected counts of at least 1, e.g. 36,42,48");
      }
      counts.add(n);
    }
    return List.copyOf(counts);
  }

  /**
   * Runs {@code optimise} for each of {@code counts} in order; a count with no feasible plan is a
   * point that says so, any other mistake stops it.
   */
  public static TradeOff of(List<Integer> counts, Optimisation optimise, Consumer<String> log) {
    List<Point> points = new ArrayList<>();
    for (int cars : counts) {
      log.accept("trade-off: optimising with " + cars + " cars");
      try {
        OptimiseResult r = optimise.run(cars);
        OptimiseResult.Row chosen = r.chosenRow();
        points.add(new Point(cars, chosen.plan().name(), chosen.objective(), null, null));
        log.accept(
            "trade-off: "
                + cars
                + " cars: "
                + chosen.plan().name()
                + ", "
                + r.goal().objective().kpi().key()
                + " "
                + SweepFiles.cell(chosen.objective().mean()));
      } catch (NoFeasiblePlan e) {
        points.add(new Point(cars, null, null, e.binding(), e.getMessage()));
        log.accept("trade-off: " + cars + " cars: no feasible plan (" + e.binding() + " binds)");
      }
    }
    return new TradeOff(points);
  }

  /** The {@code tradeOff} section of optimise.json. */
  public List<Object> json() {
    List<Object> out = new ArrayList<>();
    for (Point p : points) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("cars", p.cars());
      m.put("feasible", p.feasible());
      if (p.feasible()) {
        m.put("plan", p.plan());
        m.put("objective", OptimiseFiles.estimate(p.objective()));
      } else {
        m.put("binding", p.binding().toString());
        m.put("why", p.why());
      }
      out.add(m);
    }
    return out;
  }
}
