// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.protocol.ToSource;
import org.patrolsim.sim.Placement;
import org.patrolsim.sim.Simulation;

/**
 * A drill log read back for {@code patrolsim run --injections}: the injections and the end, each at
 * the simulated time and delta cycle where the drill's engine placed it, to be placed at exactly
 * the same point of a run as fast as possible, which then gives the drill's outputs byte for byte.
 * Controls of pace (pause, speed, jump) change nothing a run computes and are skipped; so are the
 * lines that only tell which incident an injection became. A hand-written script of injections is a
 * log too: {@code delta} may be left out (0, or 1 at time 0) and so may {@code n} (the injections
 * are then numbered in order of their lines).
 *
 * @param injections in the order of the log's lines
 * @param end where the drill was ended, or null when it ran to its end
 * @param header the log's header line (what the drill ran), or null when there is none
 */
public record DrillReplay(List<Injection> injections, Placement end, JsonNode header) {

  /**
   * One injection of the log: number {@code n} of the drill, at {@code at}, from line {@code line}.
   */
  public record Injection(int line, Placement at, long n, IncidentOrder order) {}

  private static final ObjectMapper JSON =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /**
   * Reads {@code file} and checks every injection against the plan of {@code model}.
   *
   * @throws DrillInputError naming the file, the line and the field of the first mistake
   */
  public static DrillReplay read(Path file, CityModel model) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new DrillInputError(file + ": no such drill log");
    } catch (IOException e) {
      throw new DrillInputError(file + ": cannot read the drill log: " + e.getMessage());
    }
    List<Injection> injections = new ArrayList<>();
    Set<Long> numbers = new HashSet<>();
    Placement end = null;
    JsonNode header = null;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      if (text.isEmpty()) {
        continue;
      }
      String at = file + " line " + (i + 1) + ": ";
      try {
        JsonNode line = parse(text);
        if (line.has("drill")) {
          header = line;
        } else if (line.has("inject")) {
          Placement placed = placement(line);
          long n = line.has("n") ? whole(line, "n", 1) : injections.size() + 1;
          if (!numbers.add(n)) {
            throw new DrillInputError("n: injection " + n + " appears twice");
          }
          injections.add(
              new Injection(i + 1, placed, n, IncidentOrder.read(line.get("inject"), model)));
        } else if (line.path("control").asText().equals("end")) {
          if (end != null) {
            throw new DrillInputError("control: a drill ends once; this log ends it twice");
          }
          end = placement(line);
        }
      } catch (DrillInputError e) {
        throw new DrillInputError(at + e.getMessage());
      }
    }
    return new DrillReplay(List.copyOf(injections), end, header);
  }

  /**
   * Where the run of {@code model} differs from the drill the log's header describes (seed, days),
   * in words; such a run is a variant, not a replay, and its outputs are not the drill's.
   */
  public List<String> differencesFrom(CityModel model) {
    List<String> out = new ArrayList<>();
    if (header == null) {
      return out;
    }
    long seed = model.scenario().seed();
    if (header.has("seed") && header.get("seed").asLong() != seed) {
      out.add("the drill ran seed " + header.get("seed").asLong() + ", this run seed " + seed);
    }
    int days = model.scenario().days();
    if (header.has("days") && header.get("days").asInt() != days) {
      out.add("the drill ran " + header.get("days").asInt() + " day(s), this run " + days);
    }
    return out;
  }

  /** Places the injections and the end on the wiring of a run of {@code model}. */
  public void addTo(Simulation.Builder<Msg> wiring, CityModel model) {
    for (Injection i : injections) {
      wiring.initialEvent(i.at(), CityModel.SOURCE, i.order().toCall(model, i.n()));
    }
    if (end != null) {
      wiring.initialEvent(end, CityModel.SOURCE, new ToSource.EndDrill());
    }
  }

  private static JsonNode parse(String text) {
    try {
      JsonNode line = JSON.readTree(text);
      if (line == null || !line.isObject()) {
        throw new DrillInputError("expected a JSON object on each line");
      }
      return line;
    } catch (JsonProcessingException e) {
      throw new DrillInputError("not JSON: " + JsonProblem.of(e));
    }
  }

  private static Placement placement(JsonNode line) {
    long time = whole(line, "timeMs", 0);
    long delta = line.has("delta") ? whole(line, "delta", 0) : time == 0 ? 1 : 0;
    if (time == 0 && delta == 0) {
      throw new DrillInputError(
          "delta: expected at least 1 at time 0 (delta 0 of time 0 is the start of the run)");
    }
    if (delta > Integer.MAX_VALUE) {
      throw new DrillInputError("delta: " + delta + " is too large");
    }
    return new Placement(time, (int) delta);
  }

  private static long whole(JsonNode line, String field, long min) {
    JsonNode v = line.get(field);
    if (v == null) {
      throw new DrillInputError(field + ": missing; expected a whole number >= " + min);
    }
    if (!v.canConvertToExactIntegral() || !v.canConvertToLong() || v.asLong() < min) {
      throw new DrillInputError(field + ": expected a whole number >= " + min + ", got " + v);
    }
    return v.asLong();
  }
}
