// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * City models on the plain {@link GridCity} (imported once per test JVM) for testing one entity
 * alone: cars on fixed posts, stations where the test puts them, and instant call handling and
 * turnout unless the test's scenario text says otherwise.
 */
public final class GridModels {
  private static RoadNetwork plain;

  private GridModels() {}

  public static synchronized RoadNetwork plainGrid() {
    if (plain == null) {
      plain = new GridCity("plain").load(Path.of("target", "test-grids", "plain"));
    }
    return plain;
  }

  /** A point at (row, col) of the grid as "lat, lon" for YAML flow mappings. */
  public static String latLon(double row, double col) {
    return String.format(
        Locale.ROOT,
        "lat: %.7f, lon: %.7f",
        GridCity.LAT0 + row * GridCity.DLAT,
        GridCity.LON0 + col * GridCity.DLON);
  }

  /**
   * A model from scenario YAML; its incidents are generated (few, so that tests drive calls
   * themselves).
   *
   * @param yaml the scenario text (fleet, stations, ...) over the defaults of these tests; an
   *     {@code incidents} mapping in it replaces the default one
   */
  public static CityModel model(Path dir, String yaml) {
    return model(dir, yaml, 10);
  }

  /** As {@link #model(Path, String)}, with {@code perDay} calls a day. */
  public static CityModel model(Path dir, String yaml, double perDay) {
    try {
      Path file = dir.resolve("scenario.yaml");
      Files.writeString(
          file,
          "seed: 3\n"
              // a scenario refuses a key given twice: the test's own incidents replace these
              + (("\n" + yaml).contains("\nincidents:")
                  ? ""
                  : "incidents:\n  perDay: " + perDay + "\n")
              + "response:\n  callHandlingSeconds: {urgent: {median: 0, p90: 0}, normal: {median: 0, p90: 0},"
              + " low: {median: 0, p90: 0}}\n  turnoutSeconds: {median: 0, p90: 0}\n  congestion: none\n"
              + yaml);
      return CityModelBuilder.build(ScenarioLoader.load(file, List.of()), plainGrid());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
