// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.patrolsim.sim.Placement;

/**
 * The drill log (drill-log.jsonl): one JSON object per line, written and flushed as the drill goes,
 * so that a drill that dies still leaves its log. Every injection is logged with the simulated time
 * and delta cycle where the engine placed it, so that {@code patrolsim run --injections} replays
 * the drill exactly ({@link DrillReplay}); every control with the simulated time at which it took
 * effect, for the record. The format is in docs/SCENARIO.md.
 */
public final class DrillLog implements AutoCloseable {
  /** The log's file name in a drill's output folder. */
  public static final String FILE = "drill-log.jsonl";

  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

  private final Path file;
  private final Writer out;

  private DrillLog(Path file, Map<String, Object> header) throws IOException {
    this.file = file;
    Files.createDirectories(file.toAbsolutePath().getParent());
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("drill", "patrolsim drill log");
    h.put("version", 1);
    h.putAll(header);
    h.put("wall", Instant.now().toString());
    line(h);
  }

  /**
   * Starts a log at {@code file} (replacing an older one) with a header line of what identifies the
   * drill (scenario, seed, days, speed, how to replay it).
   */
  public static DrillLog create(Path file, Map<String, Object> header) {
    try {
      return new DrillLog(file, header);
    } catch (IOException e) {
      throw new DrillInputError("cannot write the drill log " + file + ": " + e.getMessage());
    }
  }

  public Path file() {
    return file;
  }

  /** Injection number {@code n} went where the engine placed it. */
  public void injection(Placement at, long n, IncidentOrder order) {
    Map<String, Object> m = placed(at);
    m.put("inject", order.toMap());
    m.put("n", n);
    wall(m);
  }

  /** The drill's end, where the engine placed it. */
  public void end(Placement at) {
    Map<String, Object> m = placed(at);
    m.put("control", "end");
    wall(m);
  }

  /**
   * A pacing control (pause, resume, speed, jump), at the simulated time it took effect; for the
   * record.
   */
  public void control(long simulatedMs, String control, Map<String, Object> details) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("timeMs", simulatedMs);
    m.put("control", control);
    m.putAll(details);
    wall(m);
  }

  /**
   * Injection {@code n} became incident {@code incident}; for the record (a replay does not need
   * it).
   */
  public void received(long simulatedMs, long n, long incident) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("timeMs", simulatedMs);
    m.put("n", n);
    m.put("incident", incident);
    line(m);
  }

  private static Map<String, Object> placed(Placement at) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("timeMs", at.time());
    m.put("delta", at.delta());
    return m;
  }

  private void wall(Map<String, Object> m) {
    m.put("wall", Instant.now().toString());
    line(m);
  }

  private synchronized void line(Map<String, Object> m) {
    try {
      JSON.writeValue(out, m);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the drill log " + file, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the drill log " + file, e);
    }
  }
}
