// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a free patrol car does between calls ({@code fleet.patrol}, per shift group {@code
 * fleet.patrolByShiftGroup}); see docs/MODEL.md. Dispatch takes a car from wherever it is, whatever
 * its strategy.
 */
public enum PatrolStrategy {
  /** Drive between a few beat points chosen at random by weight, with a stop at each. */
  ROAM("roam"),
  /** Wait at a set place: the car's post ({@code fleet.posts}) or its beat's first point. */
  POST("post"),
  /**
   * Visit the beat's hot spots (its busiest places for calls) in turn, with a stop of {@code
   * fleet.hotspotStopMinutes} at each.
   */
  HOTSPOTS("hotspots"),
  /** Drive past every street of the beat, in one fixed round, again and again, without stops. */
  SWEEP("sweep");

  private final String key;

  PatrolStrategy(String key) {
    this.key = key;
  }

  /** The name a scenario uses. */
  public String key() {
    return key;
  }

  /** The strategy a scenario names, if any. */
  public static Optional<PatrolStrategy> of(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }

  /** The scenario names, for messages: {@code 'roam', 'post', 'hotspots' or 'sweep'}. */
  public static String expected() {
    StringBuilder sb = new StringBuilder();
    PatrolStrategy[] all = values();
    for (int i = 0; i < all.length; i++) {
      sb.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ")
          .append('\'')
          .append(all[i].key)
          .append('\'');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return key;
  }
}
