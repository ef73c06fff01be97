// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One scenario field set to one value, as {@code --set path=value} does: the path is a scenario
 * field path (docs/SCENARIO.md), the value a YAML/JSON value.
 */
public record Setting(String path, JsonNode value) {

  /**
   * The {@code path=value} text of {@code --set}; the value in JSON, which YAML reads back
   * unchanged.
   */
  public String override() {
    return path + "=" + value.toString();
  }

  /** The value as a person writes it: text without quotes, anything else as JSON. */
  public String valueText() {
    return value.isTextual() ? value.asText() : value.toString();
  }

  @Override
  public String toString() {
    return path + "=" + valueText();
  }
}
