// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.backtest.CompareFiles;
import org.patrolsim.dispatch.backtest.CompareTable;
import org.patrolsim.dispatch.backtest.Comparison;
import org.patrolsim.dispatch.backtest.Pairing;
import org.patrolsim.dispatch.backtest.ReplayOfRecords;
import org.patrolsim.dispatch.backtest.SimulatedRun;
import org.patrolsim.dispatch.backtest.Tolerances;
import org.patrolsim.dispatch.backtest.Verdict;
import org.patrolsim.dispatch.incident.replay.ReplaySource;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.records.CadRecords;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.RunObserver;
import org.patrolsim.dispatch.scenario.LoadedScenario;

/**
 * {@code run --compare RECORDS}, step by step: check the options and the records file before
 * anything runs, read the records with the plan's types and time zone, make the plan replay exactly
 * their calls ({@link ReplayOfRecords}, over their span of days unless {@code --days} says
 * otherwise), follow the run, then write compare.json and compare.html and print the table. Exit
 * codes: 0, or {@link #EXIT_MISMATCH} with {@code --fail-on-mismatch} when a line failed (2 stays a
 * user's mistake).
 */
final class Backtest {
  /** The exit code of a back-test with a failed line, under {@code --fail-on-mismatch}. */
  static final int EXIT_MISMATCH = 1;

  private final CompareOptions options;
  private final Tolerances tolerances;
  private final ReplaySource mapping;
  private final SimulatedRun run = new SimulatedRun();
  private CadRecords records;
  private Path replayFile;

  private Backtest(CompareOptions options, Tolerances tolerances, ReplaySource mapping) {
    this.options = options;
    this.tolerances = tolerances;
    this.mapping = mapping;
  }

  /** Checks the options and the records file (one line and exit code 2 when bad). */
  static Backtest prepare(CompareOptions options) {
    return new Backtest(options, options.tolerances(), options.mapping());
  }

  /**
   * Reads the records with the plan's incident types and time zone and writes their calls as a
   * replay; returns the overrides that make the plan replay them ({@code days}: the records' span,
   * unless {@code daysGiven}; calls after a shorter run's last day, or off the map, are left out
   * and counted as not replayed).
   */
  List<String> replay(LoadedScenario plan, boolean daysGiven) {
    records =
        CadRecords.read(
            mapping,
            options.records.toString(),
            ZoneId.of(plan.scenario().timeZone()),
            CityModelBuilder.mix(plan.scenario()));
    long callers = records.calls().stream().filter(c -> !c.selfInitiated()).count();
    if (callers == 0) {
      throw new CliInputError(
          options.records
              + ": no usable calls to replay ("
              + records.rows()
              + " rows, "
              + (records.calls().size() - callers)
              + " calls started by officers; left out: "
              + records.problems().toJson()
              + ")");
    }
    try {
      replayFile = Files.createTempFile("patrolsim-backtest-", ".csv");
      replayFile.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the back-test's replay", e);
    }
    ReplayOfRecords.write(records, replayFile);
    List<String> overrides = new ArrayList<>();
    overrides.add(
        "incidents.replay={file: '"
            + replayFile.toString().replace("'", "''")
            + "', onBadRow: skip, rowsOutsideHorizon: leaveOut}");
    if (!daysGiven) {
      overrides.add("days=" + ReplayOfRecords.spanDays(records));
    }
    return overrides;
  }

  /** Deletes the replay file once the model has read it. */
  void replayRead() {
    try {
      Files.deleteIfExists(replayFile);
    } catch (IOException e) {
      // a file in the temporary folder, also deleted on exit
    }
  }

  /** What follows the run for the comparison. */
  RunObserver observer() {
    return run;
  }

  /** After the run: compares, and writes compare.json and compare.html into the run's files. */
  Comparison write(CityModel model, LoadedScenario loaded, ReportFiles files) {
    Pairing pairing = Pairing.of(records, model.replayCalls().firstDay(), run);
    Comparison c = Comparison.of(pairing, tolerances, model.replayCalls().days());
    Map<String, Object> json = c.toJson(about(loaded));
    files.write(CompareFiles.JSON_FILE, w -> w.write(CompareFiles.json(json)));
    files.write(CompareFiles.HTML_FILE, w -> w.write(CompareFiles.html(c, json)));
    return c;
  }

  private Map<String, Object> about(LoadedScenario loaded) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scenario", loaded.source());
    m.put("seed", loaded.scenario().seed());
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("file", options.records.toString());
    r.put("rows", records.rows());
    r.put("calls", records.calls().size());
    r.put("leftOut", records.problems().toJson());
    m.put("records", r);
    return m;
  }

  /** Prints the table and the verdict; returns the exit code. */
  int print(PrintWriter out, Comparison c) {
    out.println(
        "patrolsim: back-test against "
            + options.records
            + ": "
            + c.pairing().calls().size()
            + " calls paired ("
            + c.pairing().notReplayed()
            + " recorded not replayed, "
            + records.problems().total()
            + " record problems)");
    out.print(CompareTable.of(c));
    out.flush();
    return options.failOnMismatch && c.verdict() == Verdict.FAIL ? EXIT_MISMATCH : 0;
  }
}
