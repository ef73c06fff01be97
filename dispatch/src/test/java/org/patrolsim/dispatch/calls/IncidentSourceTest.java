// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.protocol.ToCommand;
import org.patrolsim.dispatch.protocol.ToSource;
import org.patrolsim.dispatch.testing.GridModels;
import org.patrolsim.dispatch.testing.TestContext;

/** The incident source alone: calls of one day at 200 a day, driven through a {@link TestContext}. */
class IncidentSourceTest {
  @TempDir
  Path dir;

  @Test
  void callsArriveOnlyBeforeTheHorizonAndEachCarriesItsFate() {
    CityModel m = GridModels.model(dir, "fleet:\n  vehicles: 1\n  shiftStartHours: [0]\n"
        + "stations:\n  - {id: S, " + GridModels.latLon(0, 0.5) + "}\n", 200);
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
    assertThat(calls).allSatisfy(c -> {
      assertThat(c.call().timeMs()).isLessThan(m.callHorizonMs());
      assertThat(c.fate().onSceneMs()).isGreaterThanOrEqualTo(60_000);
    });
    assertThat(calls).extracting(c -> c.call().id()).isSorted().doesNotHaveDuplicates();
    assertThat(ctx.scheduled()).allMatch(o -> o.message() instanceof ToSource.NextCall && o.dueMs() < m.callHorizonMs());
  }
}
