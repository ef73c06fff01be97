// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.report.geojson.PlanMap;
import org.patrolsim.dispatch.run.DispatchRun;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * A real run of the small Monaco plan ({@code scenarios/monaco-small.yaml} on the real map of Monaco),
 * with the report and the plan's map layers, for the report tests.
 */
public record MonacoRun(RunReport report, PlanMap plan) {
  public static final Path MONACO = Path.of(System.getProperty("patrolsim.shared.maps", "../shared/maps"))
      .resolve("monaco.osm.gz");

  /** Runs the plan with {@code overrides} (as {@code --set} would) on one thread. */
  public static MonacoRun of(String... overrides) {
    List<String> all = new java.util.ArrayList<>(List.of("map.osm=" + MONACO.toAbsolutePath(),
        "map.cacheDir=" + Path.of("target", "test-map-cache").toAbsolutePath()));
    all.addAll(List.of(overrides));
    LoadedScenario loaded = ScenarioLoader.load(scenario("monaco-small.yaml"), all);
    try (RoadNetwork network = RoadNetwork.load(MONACO, Path.of("target", "test-map-cache"))) {
      var model = CityModelBuilder.build(loaded, network);
      return new MonacoRun(DispatchRun.run(model, 1, t -> { }), PlanMap.of(model));
    }
  }

  public static Path scenario(String name) {
    try {
      return Path.of(MonacoRun.class.getResource("/scenarios/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
