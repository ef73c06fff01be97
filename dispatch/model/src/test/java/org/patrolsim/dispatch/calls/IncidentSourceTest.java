// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.event.LiveRecord;
import org.patrolsim.dispatch.incident.IncidentFate;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.protocol.ToCommand;
import org.patrolsim.dispatch.protocol.ToSource;
import org.patrolsim.dispatch.testing.GridCity;
import org.patrolsim.dispatch.testing.GridModels;
import org.patrolsim.dispatch.testing.TestContext;
import org.patrolsim.geo.LatLon;

/**
 * The incident source alone: calls of one day at 200 a day, driven through a {@link TestContext};
 * and what a drill injects (a call, the end).
 */
class IncidentSourceTest {
  @TempDir Path dir;

  @Test
  void callsArriveOnlyBeforeTheHorizonAndEachCarriesItsFate() {
    CityModel m =
        GridModels.model(
            dir,
            "fleet:\n  vehicles: 1\n  shiftStartHours: [0]\n"
                + "stations:\n  - {id: S, "
                + GridModels.latLon(0, 0.5)
                + "}\n",
            200);
    IncidentSource source = new IncidentSource(m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.SOURCE, 5);
    source.start(ctx);
    int delivered = 0;
    while (delivered < ctx.scheduled().size()) {
      TestContext.Out<Msg> next = ctx.scheduled().get(delivered++);
      source.receive(next.message(), ctx.at(next.dueMs()));
    }
    List<ToCommand.Call> calls = ctx.sent(ToCommand.Call.class);
    assertThat(calls).hasSizeBetween(150, 250);
    assertThat(calls)
        .allSatisfy(
            c -> {
              assertThat(c.call().timeMs()).isLessThan(m.callHorizonMs());
              assertThat(c.fate().onSceneMs()).isGreaterThanOrEqualTo(60_000);
            });
    assertThat(calls).extracting(c -> c.call().id()).isSorted().doesNotHaveDuplicates();
    assertThat(ctx.scheduled())
        .allMatch(o -> o.message() instanceof ToSource.NextCall && o.dueMs() < m.callHorizonMs());
  }

  /** Runs the source's day, handing it {@code injected} at their times; the calls it makes. */
  private static TestContext<Msg> day(IncidentSource source, List<TestContext.Out<Msg>> injected) {
    TestContext<Msg> ctx = new TestContext<>(CityModel.SOURCE, 5);
    source.start(ctx);
    List<TestContext.Out<Msg>> due = new ArrayList<>(injected);
    int delivered = 0;
    while (delivered < ctx.scheduled().size() || !due.isEmpty()) {
      TestContext.Out<Msg> next =
          delivered < ctx.scheduled().size() ? ctx.scheduled().get(delivered) : null;
      if (!due.isEmpty() && (next == null || due.get(0).dueMs() <= next.dueMs())) {
        TestContext.Out<Msg> i = due.remove(0);
        source.receive(i.message(), ctx.at(i.dueMs()));
      } else {
        delivered++;
        source.receive(next.message(), ctx.at(next.dueMs()));
      }
    }
    return ctx;
  }

  @Test
  void anInjectedCallIsACallLikeAnyOtherAndChangesNoneOfTheOthers() {
    CityModel m =
        GridModels.model(
            dir,
            "fleet:\n  vehicles: 1\n  shiftStartHours: [0]\n"
                + "stations:\n  - {id: S, "
                + GridModels.latLon(0, 0.5)
                + "}\n",
            200);
    List<ToCommand.Call> plain = day(new IncidentSource(m), List.of()).sent(ToCommand.Call.class);
    var type = m.mix().types().get(0);
    var fate = new IncidentFate(600_000, 0.5, 0.5, 0.5);
    var at = new LatLon(GridCity.lat(7), GridCity.lon(7) + 0.0001);
    long noon = 12 * 3_600_000L;
    TestContext<Msg> ctx =
        day(
            new IncidentSource(m),
            List.of(
                new TestContext.Out<>(
                    noon,
                    0,
                    CityModel.SOURCE,
                    new ToSource.InjectedCall(1, type, Priority.LOW, at, fate)),
                new TestContext.Out<>(
                    m.callHorizonMs(),
                    0,
                    CityModel.SOURCE,
                    new ToSource.InjectedCall(2, type, Priority.LOW, at, fate))));
    List<ToCommand.Call> calls = ctx.sent(ToCommand.Call.class);
    assertThat(calls)
        .as("one more call; the one due after the call period is dropped")
        .hasSize(plain.size() + 1);
    ToCommand.Call injected =
        calls.stream()
            .filter(c -> c.call().timeMs() == noon && c.fate().equals(fate))
            .findFirst()
            .orElseThrow();
    long before = plain.stream().filter(c -> c.call().timeMs() < noon).count();
    assertThat(injected.call().id()).as("numbered in turn").isEqualTo(before + 1);
    assertThat(injected.call().priority()).isEqualTo(Priority.LOW);
    assertThat(injected.scene().point().lat())
        .as("placed on the nearest road")
        .isCloseTo(GridCity.lat(7), Offset.offset(1e-4));
    assertThat(ctx.emitted(LiveRecord.CallInjected.class))
        .containsExactly(new LiveRecord.CallInjected(noon, before + 1, 1));
    List<ToCommand.Call> others = calls.stream().filter(c -> !c.equals(injected)).toList();
    assertThat(others)
        .as("the drawn calls are the same, in time, type, place and fate")
        .hasSize(plain.size());
    for (int i = 0; i < plain.size(); i++) {
      assertThat(others.get(i).call().timeMs()).isEqualTo(plain.get(i).call().timeMs());
      assertThat(others.get(i).call().type()).isEqualTo(plain.get(i).call().type());
      assertThat(others.get(i).scene()).isEqualTo(plain.get(i).scene());
      assertThat(others.get(i).fate()).isEqualTo(plain.get(i).fate());
    }
  }

  @Test
  void theEndOfADrillStopsTheRun() {
    CityModel m =
        GridModels.model(
            dir,
            "fleet:\n  vehicles: 1\n  shiftStartHours: [0]\n"
                + "stations:\n  - {id: S, "
                + GridModels.latLon(0, 0.5)
                + "}\n",
            200);
    IncidentSource source = new IncidentSource(m);
    TestContext<Msg> ctx = new TestContext<>(CityModel.SOURCE, 5);
    source.start(ctx);
    assertThat(ctx.stopped()).isFalse();
    source.receive(new ToSource.EndDrill(), ctx.at(3_600_000));
    assertThat(ctx.stopped()).isTrue();
  }

  @Test
  void aRepeatCallIsACallAtTheSamePlaceWithAFateOfItsOwnAndChangesNoneOfTheOthers() {
    CityModel m =
        GridModels.model(
            dir,
            "fleet:\n  vehicles: 1\n  shiftStartHours: [0]\n"
                + "stations:\n  - {id: S, "
                + GridModels.latLon(0, 0.5)
                + "}\n",
            200);
    List<ToCommand.Call> plain = day(new IncidentSource(m), List.of()).sent(ToCommand.Call.class);
    ToCommand.Call original = plain.get(3);
    long noon = 12 * 3_600_000L;
    List<TestContext.Out<Msg>> repeats =
        List.of(
            new TestContext.Out<>(
                noon,
                0,
                CityModel.SOURCE,
                new ToSource.RepeatCall(
                    original.call().id(), original.call().type(), original.scene())),
            new TestContext.Out<>(
                noon + 1,
                0,
                CityModel.SOURCE,
                new ToSource.RepeatCall(5, original.call().type(), original.scene())),
            new TestContext.Out<>(
                m.callHorizonMs(),
                0,
                CityModel.SOURCE,
                new ToSource.RepeatCall(6, original.call().type(), original.scene())));
    List<ToCommand.Call> calls = day(new IncidentSource(m), repeats).sent(ToCommand.Call.class);
    assertThat(calls)
        .as("two more calls; the one due after the call period is dropped")
        .hasSize(plain.size() + 2);
    ToCommand.Call repeat =
        calls.stream()
            .filter(c -> c.call().repeatOf() == original.call().id())
            .findFirst()
            .orElseThrow();
    long before = plain.stream().filter(c -> c.call().timeMs() < noon).count();
    assertThat(repeat.call().id()).as("numbered in turn").isEqualTo(before + 1);
    assertThat(repeat.call().timeMs()).isEqualTo(noon);
    assertThat(repeat.scene()).isEqualTo(original.scene());
    assertThat(repeat.call().type()).isEqualTo(original.call().type());
    ToCommand.Call other =
        calls.stream().filter(c -> c.call().repeatOf() == 5).findFirst().orElseThrow();
    assertThat(repeat.fate()).as("a stream per original incident").isNotEqualTo(other.fate());
    List<ToCommand.Call> again = day(new IncidentSource(m), repeats).sent(ToCommand.Call.class);
    assertThat(
            again.stream()
                .filter(c -> c.call().repeatOf() == original.call().id())
                .findFirst()
                .orElseThrow()
                .fate())
        .as("the same run draws the same repeat")
        .isEqualTo(repeat.fate());
    List<ToCommand.Call> others = calls.stream().filter(c -> c.call().repeatOf() == 0).toList();
    assertThat(others).hasSize(plain.size());
    for (int i = 0; i < plain.size(); i++) {
      assertThat(others.get(i).call().timeMs()).isEqualTo(plain.get(i).call().timeMs());
      assertThat(others.get(i).scene()).isEqualTo(plain.get(i).scene());
      assertThat(others.get(i).fate()).isEqualTo(plain.get(i).fate());
    }
  }
}
