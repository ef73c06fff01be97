// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.RunObserver;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;

/**
 * {@code patrolsim run --replications R} with R >= 2: R replications of one scenario on this
 * machine's lanes (replication 0 on the scenario's seed, so it is the single run of that seed),
 * every KPI as a mean with its 95 % interval, one row per replication, and the timelines of
 * replication 0 (written by the observers given to {@link #run} as it goes). No replication's
 * events are held.
 *
 * @param loaded the scenario
 * @param results each replication's KPIs, in replication order
 * @param first replication 0's report (the run that one replication of this seed gives)
 * @param stations each station's call-outs and zero call-out days over the replications
 */
public record ReplicatedRun(
    LoadedScenario loaded,
    List<ReplicationResult> results,
    RunReport first,
    List<StationEstimates> stations) {
  public static final String REPLICATIONS = "replications.csv";

  public ReplicatedRun {
    results = List.copyOf(results);
    stations = List.copyOf(stations);
  }

  /** Runs {@code replications} replications of {@code loaded} on {@code threads} lanes. */
  public static ReplicatedRun run(
      LoadedScenario loaded, int replications, int threads, SweepProgress progress) {
    return run(loaded, replications, threads, progress, List.of());
  }

  /**
   * Runs {@code replications} replications of {@code loaded} on {@code threads} lanes, handing
   * replication 0's events as they come to {@code firstFiles} (its files).
   */
  public static ReplicatedRun run(
      LoadedScenario loaded,
      int replications,
      int threads,
      SweepProgress progress,
      List<RunObserver> firstFiles) {
    Variant variant =
        new Variant(
            0,
            "run",
            List.of(),
            loaded.source(),
            ScenarioLoader.toJson(loaded.scenario()),
            loaded.scenario().seed());
    List<ReplicationTask> tasks = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      tasks.add(ReplicationTask.of(variant, r));
    }
    ResultBook book = new ResultBook();
    AtomicReference<RunReport> first = new AtomicReference<>();
    AtomicReferenceArray<double[][]> perStation = new AtomicReferenceArray<>(replications);
    progress.planned(replications);
    try (LocalReplications local = LocalReplications.start(threads)) {
      local
          .runWithReports(
              tasks,
              task -> task.replication() == 0 ? firstFiles : List.of(),
              (task, report) -> {
                if (task.replication() == 0) {
                  first.set(report);
                }
                book.record(
                    new ReplicationResult(
                        task.variant(),
                        task.replication(),
                        KpiCatalogue.valuesOf(report.summary())));
                perStation.set(task.replication(), StationEstimates.valuesOf(report.summary()));
                progress.done();
              })
          .toCompletableFuture()
          .join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
    List<ReplicationResult> results = new ArrayList<>();
    double[][] rows = book.of(0, replications);
    for (int r = 0; r < replications; r++) {
      results.add(new ReplicationResult(0, r, rows[r]));
    }
    double[][][] stationValues = new double[replications][][];
    for (int r = 0; r < replications; r++) {
      stationValues[r] = perStation.get(r);
    }
    return new ReplicatedRun(
        loaded,
        results,
        first.get(),
        StationEstimates.of(StationEstimates.idsOf(first.get().summary()), stationValues));
  }

  /** The estimate of every KPI, in catalogue order. */
  public List<Estimate> estimates() {
    List<Estimate> out = new ArrayList<>();
    for (int k = 0; k < KpiCatalogue.size(); k++) {
      double[] column = new double[results.size()];
      for (int r = 0; r < column.length; r++) {
        column[r] = results.get(r).kpis()[k];
      }
      out.add(Estimate.of(column).within(KpiCatalogue.all().get(k).unit()));
    }
    return out;
  }

  /** The estimate of {@code kpi}. */
  public Estimate estimate(Kpi kpi) {
    return estimates().get(KpiCatalogue.indexOf(kpi.key()));
  }

  /** The seed of replication {@code r}. */
  public long seedOf(int r) {
    return org.patrolsim.sim.ReplicationSeeds.of(loaded.scenario().seed(), r);
  }

  /**
   * Writes summary.json (every KPI's mean and interval) and replications.csv into {@code files}.
   */
  public void write(ReportFiles files) {
    files.write(
        ReportFiles.SUMMARY,
        w -> {
          SweepFiles.MAPPER.writeValue(w, summary());
          w.write('\n');
        });
    files.write(
        REPLICATIONS,
        w -> {
          List<String> header = new ArrayList<>(List.of("replication", "seed"));
          KpiCatalogue.all().forEach(k -> header.add(k.key()));
          SweepFiles.line(w, header);
          for (ReplicationResult r : results) {
            List<String> row =
                new ArrayList<>(
                    List.of(
                        Integer.toString(r.replication()), Long.toString(seedOf(r.replication()))));
            for (double v : r.kpis()) {
              row.add(SweepFiles.cell(v));
            }
            SweepFiles.line(w, row);
          }
        });
  }

  /** The content of summary.json for R >= 2. */
  Map<String, Object> summary() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("seed", loaded.scenario().seed());
    s.put("days", loaded.scenario().days());
    s.put("replications", results.size());
    s.put("confidenceLevel", 0.95);
    List<Long> seeds = new ArrayList<>();
    for (int r = 0; r < results.size(); r++) {
      seeds.add(seedOf(r));
    }
    s.put("replicationSeeds", seeds);
    Map<String, Object> kpis = new LinkedHashMap<>();
    List<Estimate> estimates = estimates();
    for (int k = 0; k < estimates.size(); k++) {
      kpis.put(KpiCatalogue.all().get(k).key(), SweepFiles.estimate(estimates.get(k)));
    }
    s.put("kpis", kpis);
    List<Object> perStation = new ArrayList<>();
    for (StationEstimates st : stations) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", st.id());
      m.put("callOuts", SweepFiles.estimate(st.callOuts()));
      m.put("zeroCallOutDays", SweepFiles.estimate(st.zeroCallOutDays()));
      perStation.add(m);
    }
    s.put("stations", perStation);
    return s;
  }
}
