// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.model.ScenarioMap;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.GeoInputException;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * The city models of the variants being run, each built once (on {@code builders}) from the
 * variant's scenario JSON, and the road networks they share, each loaded once per map. Keeps the
 * most recently used {@code keep} models (a sweep runs variant after variant); networks are kept
 * until {@link #close()}.
 */
final class ModelCache implements AutoCloseable {
  private final Executor builders;
  private final int keep;
  private final Map<String, CompletableFuture<CityModel>> models =
      new LinkedHashMap<>(16, 0.75f, true);
  private final Map<String, RoadNetwork> networks = new HashMap<>();

  ModelCache(Executor builders, int keep) {
    this.builders = builders;
    this.keep = keep;
  }

  /** The model of {@code task}'s scenario, building it if no one has. */
  synchronized CompletableFuture<CityModel> modelFor(ReplicationTask task) {
    CompletableFuture<CityModel> model = models.get(task.scenarioJson());
    if (model == null) {
      model = CompletableFuture.supplyAsync(() -> build(task), builders);
      models.put(task.scenarioJson(), model);
      evict();
    }
    return model;
  }

  private CityModel build(ReplicationTask task) {
    LoadedScenario loaded = ScenarioLoader.fromJson(task.source(), task.scenarioJson());
    return CityModelBuilder.build(loaded, network(loaded.scenario().map()));
  }

  private RoadNetwork network(Scenario.MapSource map) {
    String key = ScenarioMap.key(map);
    synchronized (networks) {
      RoadNetwork network = networks.get(key);
      if (network == null) {
        try {
          network = ScenarioMap.open(map);
        } catch (GeoInputException e) {
          throw new SweepInputError(e.getMessage());
        }
        networks.put(key, network);
      }
      return network;
    }
  }

  private void evict() {
    for (Iterator<CompletableFuture<CityModel>> it = models.values().iterator();
        models.size() > keep && it.hasNext(); ) {
      if (it.next().isDone()) {
        it.remove();
      }
    }
  }

  @Override
  public void close() {
    synchronized (networks) {
      networks.values().forEach(RoadNetwork::close);
      networks.clear();
    }
  }
}
