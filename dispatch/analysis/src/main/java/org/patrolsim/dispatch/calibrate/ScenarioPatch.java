// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes the fitted values into the base scenario's document (every field, as bound): each fit into
 * its target field, where this version of the scenario has that field. What could not be written is
 * said per fit ({@link #notes}): a target field the scenario lacks, or a type the records have and
 * the plan not.
 */
final class ScenarioPatch {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectNode scenario;
  private final Set<String> typesNamedByReplay;
  private final Map<String, String> notes = new LinkedHashMap<>();

  /**
   * @param scenario the base scenario as a document, changed in place
   * @param typesNamedByReplay the types the replay mapping names (kept even without calls: it may
   *     map to them)
   */
  ScenarioPatch(ObjectNode scenario, Set<String> typesNamedByReplay) {
    this.scenario = scenario;
    this.typesNamedByReplay = typesNamedByReplay;
  }

  /** Why a fit was not written, by fit name (fits not named were written). */
  Map<String, String> notes() {
    return notes;
  }

  void apply(Calibration calibration) {
    for (Fit fit : calibration.fits()) {
      if (fit.target() != null) {
        apply(fit);
      }
    }
  }

  private void apply(Fit fit) {
    ObjectNode incidents = (ObjectNode) scenario.path("incidents");
    ObjectNode response = (ObjectNode) scenario.path("response");
    JsonNode value = JSON.valueToTree(fit.value());
    switch (fit.target()) {
      case ArrivalFit.PER_DAY -> incidents.set("perDay", value);
      case ArrivalFit.HOURLY -> incidents.set("hourlyProfile", value);
      case MixFit.TARGET -> shares(fit, (ArrayNode) incidents.path("types"), value);
      case TurnoutFit.TARGET -> setIfKnown(fit, response, "carTurnoutSeconds", value);
      case TravelFit.SPEED ->
          ((ObjectNode) response.path("speedFactor")).setAll((ObjectNode) value);
      case TravelFit.CONGESTION -> response.set("congestion", value);
      case SelfInitiatedFit.TARGET ->
          setIfKnown(fit, (ObjectNode) scenario.path("fleet"), "selfInitiated", value);
      default -> {
        if (fit.target().startsWith(HandlingFit.TARGET)) {
          ((ObjectNode) response.path("callHandlingSeconds"))
              .set(fit.target().substring(HandlingFit.TARGET.length()), value);
        } else if (fit.name().startsWith("onScene.")) {
          onScene(fit, (ArrayNode) incidents.path("types"));
        } else {
          throw new IllegalStateException("no rule writes " + fit.target());
        }
      }
    }
  }

  private void setIfKnown(Fit fit, ObjectNode parent, String field, JsonNode value) {
    if (parent.has(field)) {
      parent.set(field, value);
    } else {
      notes.put(fit.name(), "not written: this version's scenario has no " + fit.target());
    }
  }

  /**
   * Each type's share from the records; a type without calls is dropped, unless the replay names
   * it.
   */
  private void shares(Fit fit, ArrayNode types, JsonNode shares) {
    StringBuilder kept = new StringBuilder();
    for (Iterator<JsonNode> it = types.elements(); it.hasNext(); ) {
      ObjectNode type = (ObjectNode) it.next();
      String name = type.path("name").asText();
      if (shares.has(name)) {
        type.set("share", shares.get(name));
      } else if (typesNamedByReplay.contains(name)) {
        kept.append(kept.isEmpty() ? "" : ", ").append(name);
      } else {
        it.remove();
      }
    }
    if (!kept.isEmpty()) {
      notes.put(
          fit.name(),
          "types without caller calls kept at the base share (the replay names them): " + kept);
    }
  }

  /** A type's time on scene: the fitted log-normal as {@code {median, p90}}. */
  private void onScene(Fit fit, ArrayNode types) {
    String name = fit.name().substring("onScene.".length());
    for (JsonNode t : types) {
      if (t.path("name").asText().equals(name)) {
        ((ObjectNode) t).set("onSceneMinutes", JSON.valueToTree(fit.value()));
        return;
      }
    }
    notes.put(fit.name(), "not written: the base scenario has no type " + name);
  }
}
