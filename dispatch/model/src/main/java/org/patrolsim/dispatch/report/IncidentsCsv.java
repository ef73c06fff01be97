// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * incidents.csv, written as the run goes: the header at once, then one row per incident with its
 * whole timeline as soon as the timeline is final (so in incident id order). Columns are documented
 * in docs/SCENARIO.md.
 */
public final class IncidentsCsv implements RunObserver {
  /** The header: one column per timeline field. */
  static final String COLUMNS =
      "id,callS,lat,lon,type,priority,station,firstDispatchS,firstUnit,fromLat,"
          + "fromLon,firstEnRouteS,lastDispatchS,lastUnit,backupUnit,firstArrivalS,coveredS,clearS,disposal,clearedBy,handedOverTo,"
          + "preemptions,openState,repeatOf,sourceLine,sourceId,sourceCategory";

  private final Writer w;

  /**
   * Writes the header to {@code w} and the rows as timelines come; the writer's owner closes it.
   */
  public IncidentsCsv(Writer w) {
    this.w = w;
    try {
      w.write(COLUMNS);
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + ReportFiles.INCIDENTS, e);
    }
  }

  @Override
  public void timeline(IncidentTimeline t) {
    try {
      w.write(row(t));
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + ReportFiles.INCIDENTS, e);
    }
  }

  static String row(IncidentTimeline t) {
    return String.join(
        ",",
        Long.toString(t.id()),
        secs(t.callMs()),
        coord(t.lat()),
        coord(t.lon()),
        t.type(),
        t.priority().key(),
        name(t.station()),
        secs(t.firstDispatchMs()),
        name(t.firstUnit()),
        coord(t.fromLat()),
        coord(t.fromLon()),
        secs(t.firstEnRouteMs()),
        secs(t.lastDispatchMs()),
        name(t.lastUnit()),
        name(t.backupUnit()),
        secs(t.firstArrivalMs()),
        secs(t.coveredMs()),
        secs(t.clearMs()),
        t.disposal() == null ? "OPEN" : t.disposal().name(),
        name(t.clearedBy()),
        name(t.handedOverTo()),
        Integer.toString(t.preemptions()),
        t.openState() == null ? "" : t.openState().key(),
        t.repeatOf() == 0 ? "" : Long.toString(t.repeatOf()),
        t.source() == null ? "" : Integer.toString(t.source().line()),
        name(t.source() == null ? null : t.source().id()),
        name(t.source() == null ? null : t.source().category()));
  }

  /** A name as a CSV field: empty when none, quoted when it holds a comma or a quote. */
  private static String name(Object id) {
    if (id == null) {
      return "";
    }
    String s = id.toString();
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? '"' + s.replace("\"", "\"\"") + '"'
        : s;
  }

  /**
   * Milliseconds as seconds with three decimals, empty when it did not happen: by integer
   * arithmetic, the same text as {@code String.format(Locale.ROOT, "%.3f", ms / 1000.0)} (the
   * double nearest a number of thousandths prints as those thousandths) at a fraction of the cost.
   */
  static String secs(long ms) {
    if (ms < 0) {
      return "";
    }
    long thousandths = ms % 1000;
    return (ms / 1000) + (thousandths < 10 ? ".00" : thousandths < 100 ? ".0" : ".") + thousandths;
  }

  private static String coord(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
  }
}
