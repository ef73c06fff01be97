// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import java.nio.file.Path;
import java.util.List;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * Small plans on the real map of Monaco (docs/examples/maps) for the hypercube bridge's and
 * command's tests: three cars at fixed posts, and every call in one of three hotspots of 50 m
 * around the posts (weights 2, 1, 1), 48 calls a day, so that the hypercube of the plan can be
 * written by hand: three atoms of 1, 0.5 and 0.5 calls an hour.
 */
public final class MonacoPlans {
  public static final Path MONACO = TestMaps.map("monaco.osm.gz");
  public static final Path CACHE = TestMaps.CACHE;

  /**
   * The three posts: Monte Carlo, Fontvieille, Larvotto (points on roads, as the map snaps them).
   */
  public static final String POSTS =
      "[{lat: 43.738269, lon: 7.424527}, {lat: 43.731456, lon: 7.419546},"
          + " {lat: 43.744055, lon: 7.428802}]";

  /** The hypercube-compatible plan (docs/MODEL.md §6) with zero line capacity. */
  public static final String COMPATIBLE =
      """
      seed: 1
      fleet:
        vehicles: 3
        patrol: post
        posts: %s
        shiftStartHours: [6]
        handover: field
        handoverMinutes: 0
        mealBreakMinutes: 0
        busyTime: exponential
        busyMeanMinutes: 30
      stations:
        - {id: s, lat: 43.7350, lon: 7.4210, dutyTeams: 20}
      incidents:
        perDay: 48
        hourlyProfile: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
        hotspotShare: 1
        hotspots:
          - {lat: 43.738269, lon: 7.424527, radiusMetres: 50, weight: 2}
          - {lat: 43.731456, lon: 7.419546, radiusMetres: 50, weight: 1}
          - {lat: 43.744055, lon: 7.428802, radiusMetres: 50, weight: 1}
        types:
          - {name: call, priority: normal, onSceneMinutes: 20, streetResolveProbability: 0.8}
      response:
        callHandlingSeconds: {urgent: {median: 0, p90: 0}, normal: {median: 0, p90: 0}, low: {median: 0, p90: 0}}
        speedFactor: {urgent: 1, normal: 1, low: 1, stationTeam: 1}
        congestion: none
      dispatch:
        responseThresholdMinutes: 60
        whenNoCarFree: station
      report:
        coverageSampleMinutes: 1440
      """
          .formatted(POSTS);

  private MonacoPlans() {}

  public static RoadNetwork network() {
    return RoadNetwork.load(MONACO, CACHE);
  }

  public static CityModel model(RoadNetwork network, String yaml, String... overrides) {
    return CityModelBuilder.build(
        ScenarioLoader.loadText("monaco-plan", yaml, List.of(overrides)), network);
  }
}
