// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.patrolsim.dispatch.sweep.Estimate;
import org.patrolsim.dispatch.sweep.Target;

/**
 * What {@code patrolsim optimise} is doing, each line with the seconds since it began: printed on
 * stderr as it happens and kept for {@value #FILE}. Only the times differ between two runs of the
 * same command; optimise.json and optimise.html hold none.
 */
public final class SearchLog implements Consumer<String> {
  public static final String FILE = "optimise.log";

  private final PrintWriter err;
  private final LongSupplier nanos;
  private final long started;
  private final List<String> lines = new ArrayList<>();

  /**
   * A log that also prints each line on {@code err} after "patrolsim optimise: ", timed by {@code
   * nanos} ({@link System#nanoTime} in production).
   */
  public SearchLog(PrintWriter err, LongSupplier nanos) {
    this.err = err;
    this.nanos = nanos;
    this.started = nanos.getAsLong();
  }

  @Override
  public synchronized void accept(String line) {
    String timed =
        String.format(Locale.ROOT, "%.1f s: %s", (nanos.getAsLong() - started) / 1e9, line);
    lines.add(timed);
    err.println("patrolsim optimise: " + timed);
    err.flush();
  }

  /** The lines so far. */
  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** Writes the lines so far to {@code dir}/{@value #FILE}. */
  public synchronized void write(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve(FILE), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The confirmation's decisions, plan by plan: which missed a constraint after the first stage,
   * which KN dropped after how many replications, which it chose.
   */
  public static List<String> decisions(OptimiseResult r) {
    List<String> out = new ArrayList<>();
    for (int p = 0; p < r.rows().size(); p++) {
      OptimiseResult.Row row = r.rows().get(p);
      String name = row.plan().name();
      if (!row.contested()) {
        out.add(
            "confirmation: "
                + name
                + " misses "
                + missed(r, row)
                + " after the first "
                + row.replications()
                + " replications (95 %), out of the contest");
      } else if (row.eliminatedAt() > 0) {
        out.add(
            "KN: "
                + name
                + " dropped after "
                + row.eliminatedAt()
                + " replications ("
                + r.goal().objective().kpi().key()
                + " "
                + interval(row.objective())
                + ")");
      } else if (p == r.chosen()) {
        out.add(
            "KN: chose "
                + name
                + " after "
                + row.replications()
                + " replications ("
                + r.goal().objective().kpi().key()
                + " "
                + interval(row.objective())
                + ")"
                + (r.capped()
                    ? "; stopped at the replication cap, without the 0.95 guarantee"
                    : ""));
      } else {
        out.add(
            "KN: "
                + name
                + " still in the contest when it stopped after "
                + row.replications()
                + " replications");
      }
    }
    return out;
  }

  private static String missed(OptimiseResult r, OptimiseResult.Row row) {
    for (int i = 0; i < r.goal().constraints().size(); i++) {
      Target t = r.goal().constraints().get(i);
      if (t.status(row.constraints().get(i)) == Target.Status.MISSED) {
        return t.toString();
      }
    }
    return "a constraint";
  }

  private static String interval(Estimate e) {
    return String.format(Locale.ROOT, "%.4g [%.4g, %.4g]", e.mean(), e.low(), e.high());
  }
}
