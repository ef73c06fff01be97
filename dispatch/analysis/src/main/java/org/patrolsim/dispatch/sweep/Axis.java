// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One swept scenario field and its values, in the order of the plan. */
public record Axis(String path, List<JsonNode> values) {

  public Axis {
    values = List.copyOf(values);
  }

  /** Whether every value is a number (the chart then spaces them by value). */
  public boolean numeric() {
    return values.stream().allMatch(JsonNode::isNumber);
  }
}
