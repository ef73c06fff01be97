// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The scenario fields of earlier versions and what replaced them, written out with the value the
 * file gave, so that an old scenario is mended by copying one line. These are every field renamed
 * so far (the scenario's fields of every version compared with today's).
 */
final class RenamedFields {
  private RenamedFields() {}

  /**
   * What to write instead of the old field at {@code path} given {@code value}, or null when the
   * field was never renamed.
   */
  static String replacement(String path, JsonNode value) {
    String v = value != null && value.isNumber() ? value.asText() : null;
    return switch (path) {
      case "fleet.firstShiftStartHour" ->
          "an earlier version's field: write fleet.shiftStartHours: ["
              + (v == null ? "H" : v)
              + "] instead (one shift group whose first shift starts at that hour, as before)";
      case "dispatch.responseSpeedFactor" ->
          "an earlier version's field: write response.speedFactor: {urgent: "
              + (v == null ? "F" : v)
              + ", normal: "
              + (v == null ? "F" : v)
              + ", low: "
              + (v == null ? "F" : v)
              + "} instead (a patrol car's response speed per priority, as before)";
      default -> null;
    };
  }
}
