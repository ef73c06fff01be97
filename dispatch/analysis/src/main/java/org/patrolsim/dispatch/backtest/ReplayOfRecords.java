// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.patrolsim.dispatch.records.CadRecords;
import org.patrolsim.dispatch.records.RecordedCall;

/**
 * The calls a back-test replays: exactly the records' usable calls that a caller made (those
 * officers started themselves are left out: the model has no such calls, only their time), written
 * as a short-form replay ({@code time,lat,lon,type,priority}; the time as the records read it, wall
 * clock in the scenario's zone, to the nanosecond; places in full precision, so they read back as
 * the same numbers). Replaying the export itself would replay each row: one call per unit in an
 * export of one row per unit per call, and calls the records leave out (outside their window).
 */
public final class ReplayOfRecords {
  private ReplayOfRecords() {}

  /** Writes the records' calls to {@code csv}. */
  public static void write(CadRecords records, Path csv) {
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("time,lat,lon,type,priority\n");
      for (RecordedCall c : records.calls()) {
        if (c.selfInitiated()) {
          continue;
        }
        w.write(
            c.received()
                + ","
                + c.point().lat()
                + ","
                + c.point().lon()
                + ","
                + quoted(c.type())
                + ","
                + c.priority().key()
                + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the back-test's replay " + csv, e);
    }
  }

  /** The days from the first call's day to the last call's, both counted (at least 1). */
  public static int spanDays(CadRecords records) {
    List<RecordedCall> calls = records.calls();
    if (calls.isEmpty()) {
      return 1;
    }
    LocalDate first = calls.get(0).received().toLocalDate();
    LocalDate last = calls.get(calls.size() - 1).received().toLocalDate();
    return (int) ChronoUnit.DAYS.between(first, last) + 1;
  }

  private static String quoted(String text) {
    return text.contains(",") || text.contains("\"") || text.contains("\n")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }
}
