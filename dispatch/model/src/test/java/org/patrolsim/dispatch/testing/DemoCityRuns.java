// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import akka.actor.typed.ActorSystem;
import java.util.List;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.run.DispatchRun;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * Runs of the bundled default scenario on the demo city, as users run it, for the tests of the
 * model's behaviour: one actor system (one thread) and the demo city's network (cached in target/),
 * opened once per test class and closed after it.
 */
public final class DemoCityRuns implements AutoCloseable {
  private final ActorSystem<Void> system = DispatchRun.actorSystem(1);
  private final RoadNetwork demoCity = RoadNetwork.demoCity(TestMaps.CACHE);

  /** The default scenario's model with {@code overrides} (as {@code --set} would). */
  public CityModel model(String... overrides) {
    return CityModelBuilder.build(ScenarioLoader.loadDefault(List.of(overrides)), demoCity);
  }

  /** A run of {@code model}, with its events, timelines and report. */
  public RecordedRun run(CityModel model) {
    return RecordedRun.of(model, system);
  }

  /** A run of the default scenario with {@code overrides}. */
  public RecordedRun run(String... overrides) {
    return run(model(overrides));
  }

  @Override
  public void close() {
    system.terminate();
    demoCity.close();
  }
}
