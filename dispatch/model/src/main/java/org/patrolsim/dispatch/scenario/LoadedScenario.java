// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

/**
 * A validated scenario and the name of where it came from (a file name, or "default scenario"), so
 * that later checks that need the road network (a station off the map) can still name the file.
 */
public record LoadedScenario(String source, Scenario scenario) {

  /** A user's mistake found after loading, worded like the loader's own messages. */
  public ScenarioError error(String fieldPath, String problem) {
    return new ScenarioError(source + ": " + fieldPath + ": " + problem);
  }
}
