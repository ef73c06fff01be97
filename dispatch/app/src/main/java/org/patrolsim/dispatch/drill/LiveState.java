// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.LiveRecord;
import org.patrolsim.dispatch.model.CarPlan;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.StationSite;
import org.patrolsim.sim.RunStatus;
import org.patrolsim.sim.SimRecord;

/**
 * The picture of a live drill, rebuilt from the run's record stream alone (domain events and the
 * cars' reported movements), never from the entities: the cars and where they are, the incidents
 * and how far their response has got, the latest dispatch decisions, the KPI counts and the chart's
 * samples. The engine feeds it on its own thread; pages read it through a {@link LiveCursor} each:
 * the whole picture first, then only what changed. Thread-safe.
 */
public final class LiveState {
  /** Cleared incidents stay on the map of a page that connects for this much simulated time. */
  static final long RECENT_MS = 6 * 3_600_000L;

  /** A page that connects is shown at most this many of the latest decisions. */
  static final int DECISIONS_SHOWN = 100;

  private final LiveFleet fleet;
  private final LiveIncidents incidents;
  private final DecisionFeed decisions = new DecisionFeed();
  private final FleetSeries series = new FleetSeries();
  private long version;
  private long lastRecordMs;
  private double coverage = Double.NaN;
  private Map<String, Object> frame;
  private Map<String, Object> outcome;

  public LiveState(CityModel model) {
    this.fleet =
        new LiveFleet(
            model.cars().stream().map(CarPlan::id).toList(),
            model.stations().stream().mapToInt(StationSite::teams).sum());
    this.incidents = new LiveIncidents(model.scenario().dispatch().urgentTargetMinutes() * 60.0);
  }

  /** One record of the run, in the engine's order. */
  public synchronized void accept(SimRecord r) {
    if (series.due(r.time())) {
      series.sample(r.time(), fleet.stateCounts(), incidents.open());
    }
    lastRecordMs = Math.max(lastRecordMs, r.time());
    Object p = r.payload();
    if (p instanceof LiveRecord.CarMoved m) {
      fleet.moved(m);
    } else if (p instanceof LiveRecord.CallInjected c) {
      incidents.injected(c.incident(), c.injection());
    } else if (p instanceof DispatchEvent e) {
      if (e instanceof DispatchEvent.Decided d) {
        decisions.decided(d);
      } else if (e instanceof DispatchEvent.UnitChanged u) {
        fleet.unitChanged(u);
      } else if (e instanceof DispatchEvent.CoverageSampled c) {
        coverage = c.share();
      }
      if (incidents.apply(e, version + 1)) {
        version++;
      }
    }
  }

  /** The simulated time of the latest record. */
  public synchronized long lastRecordMs() {
    return lastRecordMs;
  }

  /**
   * Takes a new frame: the clock (from the engine's status), every car where it is at that
   * simulated time, and the KPI counts. Pages are sent the latest frame.
   *
   * @param number the frame's number (frames are taken one after another)
   * @param state the drill's state, carried as its {@link DrillState#wireName()}
   */
  public synchronized Map<String, Object> takeFrame(
      long number, RunStatus status, long wallMs, DrillState state) {
    long simMs = Math.max(status.simulatedNow(), lastRecordMs);
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("n", number);
    f.put("wallMs", wallMs);
    f.put("simMs", simMs);
    f.put("paused", status.paused());
    f.put("speed", status.speed());
    f.put("state", state.wireName());
    f.put("cars", fleet.positions(simMs));
    Map<String, Object> k = incidents.kpis();
    k.putAll(fleet.counts());
    k.put("coverage", Double.isNaN(coverage) ? null : coverage);
    f.put("kpis", k);
    frame = f;
    return f;
  }

  /** The latest frame, or null before the first. */
  public synchronized Map<String, Object> frame() {
    return frame;
  }

  /**
   * What the page behind {@code cursor} is to be sent next, or null when nothing is new: the first
   * time the whole picture ({@code "snapshot": true}: the frame, the incidents shown, the latest
   * decisions and the chart), then the latest frame when it is new, with the incidents changed, the
   * decisions and the chart's samples since. Moves the cursor on.
   */
  public synchronized Map<String, Object> next(LiveCursor cursor) {
    if (frame == null) {
      return null;
    }
    long frameNo = (Long) frame.get("n");
    Map<String, Object> m = new LinkedHashMap<>();
    if (!cursor.started) {
      cursor.started = true;
      m.put("snapshot", true);
      m.put("incidents", incidents.shown((Long) frame.get("simMs"), RECENT_MS));
      m.put("decisions", decisions.after(0, DECISIONS_SHOWN));
    } else {
      List<Map<String, Object>> changed = incidents.changedSince(cursor.version);
      if (frameNo == cursor.frame
          && changed.isEmpty()
          && decisions.count() == cursor.decisions
          && series.size() == cursor.series
          && outcome == null) {
        return null;
      }
      m.put("snapshot", false);
      m.put("incidents", changed);
      m.put("decisions", decisions.after(cursor.decisions, DecisionFeed.KEPT));
    }
    m.put("series", series.from(cursor.series));
    m.put("frame", frame);
    m.put("ended", outcome);
    cursor.version = version;
    cursor.decisions = decisions.count();
    cursor.series = series.size();
    cursor.frame = frameNo;
    return m;
  }

  /** The drill has ended and written its outputs: what the page says of them. */
  public synchronized void ended(Map<String, Object> outcome) {
    this.outcome = Map.copyOf(outcome);
  }

  /** What the drill wrote when it ended, or null while it goes on. */
  public synchronized Map<String, Object> outcome() {
    return outcome;
  }
}
