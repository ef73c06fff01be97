// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Applies one {@code --set path=value} to a scenario document tree before it is bound. The path is
 * dotted field names with list indices either as {@code stations[0].dutyTeams} or {@code
 * stations.0.dutyTeams}; the value is read as a YAML scalar or flow value, so {@code 24} is a
 * number, {@code true} a boolean and {@code [1,2]} a list. Unknown field names are left for the
 * strict binding to reject.
 */
final class Overrides {
  private static final YAMLMapper VALUES = new YAMLMapper();

  private Overrides() {}

  static void apply(ObjectNode root, String assignment) {
    int eq = assignment.indexOf('=');
    if (eq <= 0) {
      throw new ScenarioError(
          "--set " + assignment + ": expected path=value, e.g. fleet.vehicles=24");
    }
    String path = assignment.substring(0, eq).trim();
    String[] parts = path.replace("[", ".").replace("]", "").split("\\.");
    JsonNode value = value(assignment.substring(eq + 1));
    JsonNode node = root;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean last = i == parts.length - 1;
      if (part.isEmpty()) {
        throw new ScenarioError("--set " + assignment + ": empty field name in '" + path + "'");
      }
      if (node instanceof ObjectNode obj) {
        if (last) {
          obj.set(part, value);
        } else {
          JsonNode next = obj.get(part);
          if (next == null || next.isNull()) {
            next = isIndex(parts[i + 1]) ? obj.putArray(part) : obj.putObject(part);
          }
          node = next;
        }
      } else if (node instanceof ArrayNode array && isIndex(part)) {
        int index = Integer.parseInt(part);
        if (index >= array.size()) {
          throw new ScenarioError(
              "--set "
                  + assignment
                  + ": index "
                  + index
                  + " is past the end of '"
                  + String.join(".", java.util.Arrays.copyOf(parts, i))
                  + "' ("
                  + array.size()
                  + " entries)");
        }
        if (last) {
          array.set(index, value);
        } else {
          node = array.get(index);
        }
      } else {
        throw new ScenarioError(
            "--set "
                + assignment
                + ": '"
                + part
                + "' in '"
                + path
                + "' does not name a field of a mapping or an index of a list");
      }
    }
  }

  private static boolean isIndex(String part) {
    return !part.isEmpty() && part.chars().allMatch(Character::isDigit);
  }

  private static JsonNode value(String text) {
    if (text.isBlank()) {
      return TextNode.valueOf(text);
    }
    try {
      JsonNode node = VALUES.readTree(text);
      return node == null || node.isMissingNode() ? TextNode.valueOf(text) : node;
    } catch (JsonProcessingException e) {
      return TextNode.valueOf(text);
    }
  }
}
