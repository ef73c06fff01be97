// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.event.LiveRecord;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.testing.GridModels;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.Role;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.geo.LatLon;
import org.patrolsim.sim.EntityId;
import org.patrolsim.sim.RunStatus;
import org.patrolsim.sim.SimRecord;

/**
 * The live picture from a record stream written by hand: an incident's phase through its events,
 * the counts, and what each page is sent: the whole picture first, then only what changed since it
 * last looked, so a page that looks seldom gets everything it missed and one that reconnects starts
 * over.
 */
class LiveStateTest {
  static final CarId CAR = new CarId(1);
  static final StationId S = new StationId("S");

  @TempDir Path dir;

  private CityModel model() {
    return GridModels.model(
        dir,
        "fleet:\n  vehicles: 2\n  shiftStartHours: [0]\n"
            + "stations:\n  - {id: S, "
            + GridModels.latLon(0, 0.5)
            + "}\n");
  }

  private static SimRecord at(long ms, Object payload) {
    return new SimRecord(ms, 0, EntityId.of("command"), 0, payload);
  }

  private static DispatchEvent.CallReceived call(long ms, long id, Priority p) {
    return new DispatchEvent.CallReceived(ms, id, 10.0, 20.0, "dispute", p, S, true);
  }

  private static DispatchEvent.Decided patrol(long ms, long id) {
    return new DispatchEvent.Decided(
        ms, id, Action.PATROL, CAR, Role.PRIMARY, 10, 20, 95, 0, "nearest free car", List.of());
  }

  private static Map<String, Object> frame(LiveState live, long n, long simMs) {
    return live.takeFrame(
        n, new RunStatus(simMs, 0, false, false, 60, simMs), 0, DrillState.RUNNING);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> incidents(Map<String, Object> update) {
    return (List<Map<String, Object>>) update.get("incidents");
  }

  @Test
  void anIncidentGoesThroughItsPhasesAndTheCountsFollow() {
    LiveState live = new LiveState(model());
    live.accept(at(1_000, new LiveRecord.CallInjected(1_000, 1, 1)));
    live.accept(at(1_000, call(1_000, 1, Priority.URGENT)));
    live.accept(at(46_000, patrol(46_000, 1)));
    Map<String, Object> k = cast(frame(live, 1, 50_000).get("kpis"));
    assertThat(k)
        .containsEntry("calls", 1L)
        .containsEntry("injected", 1L)
        .containsEntry("enRoute", 1L)
        .containsEntry("open", 1L);
    live.accept(at(181_000, new DispatchEvent.Arrived(181_000, 1, CAR, true)));
    live.accept(at(900_000, new DispatchEvent.Cleared(900_000, 1, CAR, Disposal.STREET, S)));
    k = cast(frame(live, 2, 900_000).get("kpis"));
    assertThat(k)
        .containsEntry("cleared", 1L)
        .containsEntry("street", 1L)
        .containsEntry("open", 0L)
        .containsEntry("streetShareOfCleared", 1.0)
        .containsEntry("urgentReached", 1L)
        .containsEntry("urgentFirstArrivalMeanSeconds", 180.0)
        .containsEntry("urgentWithinTargetShare", 1.0);
    Map<String, Object> shown = incidents(live.next(new LiveCursor())).get(0);
    assertThat(shown)
        .containsEntry("phase", "cleared")
        .containsEntry("injection", 1L)
        .containsEntry("firstArrivalMs", 181_000L)
        .containsEntry("disposal", "STREET")
        .containsEntry("units", List.of(CAR.name()));
  }

  @Test
  void eachPageGetsThePictureFirstThenWhatChangedSinceItLooked() {
    LiveState live = new LiveState(model());
    LiveCursor page = new LiveCursor();
    assertThat(live.next(page)).as("nothing before the first frame").isNull();
    live.accept(
        at(
            0,
            new LiveRecord.CarMoved(
                0, CAR, UnitState.FREE, null, 0, new LatLon(10.001, 20.002), 0)));
    live.accept(at(1_000, call(1_000, 1, Priority.NORMAL)));
    live.accept(at(2_000, call(2_000, 2, Priority.LOW)));
    frame(live, 1, 2_000);
    Map<String, Object> first = live.next(page);
    assertThat(first).containsEntry("snapshot", true);
    assertThat(incidents(first)).extracting(i -> i.get("id")).containsExactly(1L, 2L);
    long[] cars = (long[]) cast(first.get("frame")).get("cars");
    assertThat(cars).startsWith(1_000_100L, 2_000_200L, UnitState.FREE.ordinal(), 0L);
    assertThat(live.next(page)).as("nothing new").isNull();

    live.accept(at(3_000, patrol(3_000, 2)));
    frame(live, 2, 3_000);
    Map<String, Object> update = live.next(page);
    assertThat(update).containsEntry("snapshot", false);
    assertThat(incidents(update)).extracting(i -> i.get("id")).containsExactly(2L);
    assertThat((List<?>) update.get("decisions")).hasSize(1);

    LiveCursor slow = new LiveCursor();
    live.next(slow);
    live.accept(at(4_000, call(4_000, 3, Priority.NORMAL)));
    live.accept(at(5_000, patrol(5_000, 1)));
    live.accept(at(6_000, new DispatchEvent.Arrived(6_000, 2, CAR, true)));
    frame(live, 3, 6_000);
    assertThat(incidents(live.next(slow)))
        .as("everything a page missed, each incident once, oldest change first")
        .extracting(i -> i.get("id"), i -> i.get("phase"))
        .containsExactly(tuple(3L, "handling"), tuple(1L, "en-route"), tuple(2L, "working"));
    Map<String, Object> again = live.next(new LiveCursor());
    assertThat(again)
        .as("a page that reconnects starts from the whole picture")
        .containsEntry("snapshot", true);
    assertThat(incidents(again)).hasSize(3);
    assertThat((List<?>) again.get("decisions")).hasSize(2);

    live.ended(Map.of("how", "ended by the trainer"));
    assertThat(live.next(page).get("ended")).isEqualTo(Map.of("how", "ended by the trainer"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object o) {
    return (Map<String, Object>) o;
  }
}
