// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.patrolsim.dispatch.incident.OnSceneTime;
import org.patrolsim.dispatch.incident.Spread;

/**
 * An incident type's {@code onSceneMinutes}: a number, the mean of an Erlang-2 (the default shape),
 * or a mapping {@code {median: M, p90: P}}, a log-normal of that median and 90th percentile in
 * minutes (the shape calibration fits). Exactly one of {@code mean} and the pair is set; {@link
 * ScenarioValidator} checks the values. Written back in the form it was read, so a scenario's JSON
 * round trip keeps it.
 */
public record OnSceneMinutes(Double mean, Double median, Double p90) {

  /** The number form: an Erlang-2 around {@code minutes}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static OnSceneMinutes mean(Double minutes) {
    return new OnSceneMinutes(minutes, null, null);
  }

  /** The mapping form: a log-normal with this median and 90th percentile. */
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public static OnSceneMinutes logNormal(
      @JsonProperty("median") Double median, @JsonProperty("p90") Double p90) {
    return new OnSceneMinutes(null, median, p90);
  }

  /** Whether it is the mapping form (log-normal). */
  public boolean isLogNormal() {
    return mean == null;
  }

  /**
   * The duration it stands for: Erlang-2 around the mean, or the log-normal (minutes to seconds).
   */
  public OnSceneTime toTime() {
    return isLogNormal()
        ? new OnSceneTime.LogNormal(new Spread(median * 60, p90 * 60))
        : new OnSceneTime.Erlang2(Math.round(mean * 60_000));
  }

  /** The YAML or JSON form: the number, or the mapping. */
  @JsonValue
  public Object json() {
    if (!isLogNormal()) {
      return mean;
    }
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("median", median);
    m.put("p90", p90);
    return m;
  }
}
