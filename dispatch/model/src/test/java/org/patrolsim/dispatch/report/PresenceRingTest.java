// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.testing.GridCity;
import org.patrolsim.dispatch.testing.GridModels;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.StationId;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.Route;
import org.patrolsim.geo.network.TravelConditions;

/**
 * The presence measures against a hand computation: one car sweeps a ring of four streets of the
 * grid city (the block from (5, 5) to (6, 6)) lap after lap, each street one leg of its own, with a
 * 12-minute stop after the first street (a hot spot). Every lap takes the same time, so each
 * street's revisit interval is the lap, and its patrol minutes are the laps times its leg.
 */
class PresenceRingTest {
  static final long HOUR = 3_600_000L;
  static final long DAY = 24 * HOUR;
  static final long STOP_S = 12 * 60;
  static final CarId CAR = new CarId(1);

  /** The grid's corner (row, col), on the street towards (toRow, toCol), bound for it. */
  static NetworkPosition corner(RoadNetwork net, int row, int col, int toRow, int toCol) {
    double lat = GridCity.lat(row) + (GridCity.lat(toRow) - GridCity.lat(row)) * 0.1;
    double lon = GridCity.lon(col) + (GridCity.lon(toCol) - GridCity.lon(col)) * 0.1;
    NetworkPosition near = net.snap(new LatLon(lat, lon)).orElseThrow();
    int key = near.fraction() < 0.5 ? near.edgeKey() : near.edgeKey() ^ 1;
    return new NetworkPosition(key, 0.0, new LatLon(GridCity.lat(row), GridCity.lon(col)), false);
  }

  @Test
  void revisitIntervalAndMinutesPerStreetEqualTheHandComputation() {
    RoadNetwork net = GridModels.plainGrid();
    NetworkPosition[] ring = {
      corner(net, 5, 5, 5, 6),
      corner(net, 5, 6, 6, 6),
      corner(net, 6, 6, 6, 5),
      corner(net, 6, 5, 5, 5)
    };
    TravelConditions patrol = TravelConditions.FREE_FLOW.withSpeedFactor(0.6);
    Route[] legs = new Route[4];
    int[] street = new int[4];
    long[] legS = new long[4];
    for (int i = 0; i < 4; i++) {
      legs[i] = net.travelTimes().route(ring[i], ring[(i + 1) % 4], patrol);
      assertThat(legs[i].pieceCount()).as("leg %d drives one street", i).isEqualTo(1);
      street[i] = legs[i].pieceSegment(0);
      // the car leaves for the next street on the next whole second; after street 0 it stops 12 min
      legS[i] = (long) Math.ceil(legs[i].seconds()) + (i == 0 ? STOP_S : 0);
    }
    assertThat(street).doesNotHaveDuplicates();
    long lapS = legS[0] + legS[1] + legS[2] + legS[3];
    long laps = 20 * 3_600 / lapS; // it sweeps from 00:00 for 20 hours, then is sent to a call

    List<DispatchEvent> events = new ArrayList<>();
    events.add(
        new DispatchEvent.RunStarted(0, 1, 1, 1, List.of(new StationId("S")), 300, 300, DAY, 0.7));
    events.add(new DispatchEvent.PresencePlan(0, new int[] {street[0]}, new double[] {0.25}));
    long t = 0;
    for (long lap = 0; lap < laps; lap++) {
      for (int i = 0; i < 4; i++) {
        events.add(new DispatchEvent.CarPath(t, CAR, true, legs[i], t, null));
        t += legS[i] * 1000;
      }
    }
    long sent = t;
    events.add(new DispatchEvent.CarPath(sent, CAR, false, null, sent, ring[0]));
    // calls on street 0: 30 min after its last pass began, 3 h after; and one on a street never
    // passed
    long lastPass = sent - lapS * 1000;
    int elsewhere =
        net.snap(new LatLon(GridCity.lat(1), GridCity.lon(1) + GridCity.DLON / 2))
            .orElseThrow()
            .edge();
    events.add(new DispatchEvent.CallSegment(lastPass + HOUR / 2, 1, street[0]));
    events.add(new DispatchEvent.CallSegment(lastPass + 3 * HOUR, 2, street[0]));
    events.add(new DispatchEvent.CallSegment(lastPass + 3 * HOUR, 3, elsewhere));
    events.add(new DispatchEvent.RunEnded(DAY));
    Presence p = RunReport.of(events).presence().orElseThrow();

    for (int i = 0; i < 4; i++) {
      int s = street[i];
      assertThat(p.minutesPerDay()[s]).as("street %d", i).isEqualTo(laps * legS[i] / 60.0);
      assertThat(p.passesPerDay()[s]).isEqualTo((double) laps);
      assertThat(p.revisitP50()[s]).as("median revisit: the lap").isEqualTo((int) lapS);
      assertThat(p.revisitP90()[s]).isEqualTo((int) lapS);
      for (int b = 0; b < 5; b++) {
        assertThat(p.revisitP50ByBlock()[s][b]).as("block %d", b).isEqualTo((int) lapS);
        assertThat(p.revisitP90ByBlock()[s][b]).isEqualTo((int) lapS);
      }
      assertThat(p.revisitP50ByBlock()[s][5]).as("no pass from 20:00").isEqualTo(-1);
    }
    assertThat(p.minutesPerDay()[elsewhere]).isZero();
    Presence.Hotspot hot = p.hotspots().get(0);
    assertThat(hot.segment()).isEqualTo(street[0]);
    assertThat(hot.visitsPerDay()).isEqualTo((double) laps);
    assertThat(hot.minutesPerDay()).isEqualTo(laps * legS[0] / 60.0);
    assertThat(legS[0]).as("a visit of the drive and the stop").isBetween(600L, 900L);
    assertThat(hot.koperShare()).as("every visit in the 10-15 minute band").isEqualTo(1.0);
    // look-backs 1, 2 and 4 h: the first call within all, the second within 4 h, the third none
    assertThat(p.callsPassedShares()).containsExactly(1 / 3.0, 1 / 3.0, 2 / 3.0);
    // the console's presence line: the hot spot's figures as summary.json rounds them
    assertThat(ConsoleTable.of(RunReport.of(events)))
        .contains(
            String.format(
                java.util.Locale.ROOT,
                "  %-36s %s  (1 hot spots, summed; %s visits a day, 100.0 %% of 10-15 min;"
                    + " calls a car passed within 1 h 33.3 %%)%n",
                "hot-spot patrol minutes per day",
                Math.round(laps * legS[0] / 60.0 * 10) / 10.0,
                (double) laps));
  }
}
