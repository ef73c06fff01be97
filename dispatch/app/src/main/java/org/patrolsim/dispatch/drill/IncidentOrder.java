// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.patrolsim.dispatch.ErrorText;
import org.patrolsim.dispatch.incident.IncidentFate;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.protocol.ToSource;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.SnapCheck;
import org.patrolsim.sim.EntityId;
import org.patrolsim.sim.Seeds;

/**
 * The trainer's order of one incident to inject: its type (one of the scenario's), its priority and
 * the number of units it needs (the type's unless given), and where it happens. Read from a request
 * or a log line and checked against the plan, with one message naming the field when it is wrong;
 * the same reader serves the web and {@code run --injections}, so both say the same.
 *
 * @param units 1, or 2 for a call that needs a backup unit
 */
public record IncidentOrder(String type, Priority priority, int units, double lat, double lon) {
  /** The fields of an order, as JSON. */
  public static final Set<String> FIELDS = Set.of("type", "priority", "units", "lat", "lon");

  /**
   * Reads and checks an order: {@code {"type": "assault", "priority": "urgent", "units": 2, "lat":
   * 45.1, "lon": -30.2}}, priority and units optional.
   *
   * @throws DrillInputError naming the field that is missing or wrong
   */
  public static IncidentOrder read(JsonNode order, CityModel model) {
    if (order == null || !order.isObject()) {
      throw new DrillInputError(
          "expected an incident as a JSON object {type, priority, units, lat, lon}");
    }
    for (Iterator<String> it = order.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!FIELDS.contains(field)) {
        throw new DrillInputError(
            field + ": unknown field of an incident; expected type, priority, units, lat, lon");
      }
    }
    String typeName = text(order, "type");
    IncidentType type = typeName == null ? null : model.mix().byName(typeName);
    if (type == null) {
      throw new DrillInputError(
          "type: "
              + (typeName == null
                  ? "missing"
                  : "unknown incident type '" + ErrorText.value(typeName) + "'")
              + "; expected one of "
              + typeNames(model));
    }
    Priority priority = type.priority();
    if (order.has("priority")) {
      String p = text(order, "priority");
      priority = p == null ? null : Priority.parse(p);
      if (priority == null) {
        throw new DrillInputError(
            "priority: expected urgent, normal or low, got " + order.get("priority"));
      }
    }
    int units = type.unitsNeeded();
    if (order.has("units")) {
      JsonNode u = order.get("units");
      if (!u.isIntegralNumber() || !u.canConvertToInt() || u.asInt() < 1 || u.asInt() > 2) {
        throw new DrillInputError(
            "units: expected 1, or 2 for a call that needs a backup unit, got "
                + ErrorText.value(u));
      }
      units = u.asInt();
    }
    double lat = number(order, "lat", -90, 90);
    double lon = number(order, "lon", -180, 180);
    RoadNetwork network = model.network();
    SnapCheck check = network.check(new LatLon(lat, lon));
    if (!check.snaps()) {
      throw new DrillInputError(
          String.format(
              Locale.ROOT,
              "lat, lon: %.6f, %.6f is off the map: expected a road" + " within %d m; %s",
              lat,
              lon,
              (int) RoadNetwork.MAX_SNAP_METRES,
              check.reason()));
    }
    return new IncidentOrder(type.name(), priority, units, lat, lon);
  }

  /**
   * The call this order makes as injection number {@code injection} of a drill on {@code model}.
   * Its fate (time on scene, whether a patrol can settle it, handling and turnout draws) comes from
   * a stream of its own, seeded by the run's seed and the injection's number, so that injecting
   * draws nothing from the incident source's stream (the other calls stay as they were) and a
   * replay draws the same.
   */
  public ToSource.InjectedCall toCall(CityModel model, long injection) {
    IncidentType base = model.mix().byName(type);
    IncidentType asOrdered = base.as(priority, units);
    SplittableRandom draws =
        new SplittableRandom(
            Seeds.forEntity(model.scenario().seed(), EntityId.of("injected-call-" + injection)));
    return new ToSource.InjectedCall(
        injection, asOrdered, priority, new LatLon(lat, lon), IncidentFate.draw(asOrdered, draws));
  }

  /** The order as written to a drill log and answered to the trainer. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("priority", priority.key());
    m.put("units", units);
    m.put("lat", lat);
    m.put("lon", lon);
    return m;
  }

  private static String text(JsonNode order, String field) {
    JsonNode v = order.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new DrillInputError(field + ": expected text, got " + v);
    }
    return v.asText();
  }

  private static double number(JsonNode order, String field, double min, double max) {
    JsonNode v = order.get(field);
    if (v == null || v.isNull()) {
      throw new DrillInputError(
          field + ": missing; expected a number from " + (int) min + " to " + (int) max);
    }
    if (!v.isNumber() || !(v.asDouble() >= min && v.asDouble() <= max)) {
      throw new DrillInputError(
          field + ": expected a number from " + (int) min + " to " + (int) max + ", got " + v);
    }
    return v.asDouble();
  }

  private static String typeNames(CityModel model) {
    return model.mix().types().stream().map(IncidentType::name).collect(Collectors.joining(", "));
  }
}
