// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioError;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * The hot spots a plan names in a file ({@code fleet.hotspotsFile}), for the hot-spot patrol and
 * the presence measures in place of where calls are expected: a CSV line per place, {@code lat,lon}
 * or {@code lat,lon,weight} (WGS 84 degrees; weight above 0, 1 when left out). A first line
 * starting with {@code lat} is a header; blank lines and lines starting with {@code #} are skipped.
 * Each place is put on its nearest road; a mistake stops with one line naming the file and the
 * line.
 */
public final class HotspotsFile {
  /** A hot spot on the road network and its weight (the share of patrol it draws, any scale). */
  public record Hotspot(NetworkPosition at, double weight) {}

  private HotspotsFile() {}

  /**
   * The file's hot spots, in its order, each on its nearest road.
   *
   * @param offMap why a point is off the map, for the message
   */
  static List<Hotspot> read(
      LoadedScenario loaded, RoadNetwork network, Function<LatLon, String> offMap) {
    String file = loaded.scenario().fleet().hotspotsFile();
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw error(loaded, file + ": cannot be read (" + e.getMessage() + ")");
    }
    List<Hotspot> out = new ArrayList<>();
    boolean first = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace("\uFEFF", "").strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean header = first && line.toLowerCase(java.util.Locale.ROOT).startsWith("lat");
      first = false;
      if (header) {
        continue;
      }
      String at = file + " line " + (i + 1) + ": ";
      String[] f = line.split(",", -1);
      if (f.length != 2 && f.length != 3) {
        throw error(loaded, at + "expected lat,lon or lat,lon,weight, got '" + line + "'");
      }
      double lat = number(f[0]).filter(v -> v >= -90 && v <= 90).orElse(Double.NaN);
      if (Double.isNaN(lat)) {
        throw error(loaded, at + "expected a latitude from -90 to 90, got '" + f[0].strip() + "'");
      }
      double lon = number(f[1]).filter(v -> v >= -180 && v <= 180).orElse(Double.NaN);
      if (Double.isNaN(lon)) {
        throw error(
            loaded, at + "expected a longitude from -180 to 180, got '" + f[1].strip() + "'");
      }
      double weight = f.length == 2 ? 1 : number(f[2]).filter(v -> v > 0).orElse(Double.NaN);
      if (Double.isNaN(weight)) {
        throw error(loaded, at + "expected a weight above 0, got '" + f[2].strip() + "'");
      }
      LatLon point = new LatLon(lat, lon);
      NetworkPosition p =
          network
              .snap(point)
              .orElseThrow(
                  () ->
                      error(
                          loaded,
                          at
                              + lat
                              + ","
                              + lon
                              + " is off the map: expected a road within "
                              + (int) RoadNetwork.MAX_SNAP_METRES
                              + " m; "
                              + offMap.apply(point)));
      out.add(new Hotspot(p, weight));
    }
    if (out.isEmpty()) {
      throw error(loaded, file + ": expected a hot spot per line (lat,lon[,weight]), got none");
    }
    return List.copyOf(out);
  }

  private static Optional<Double> number(String s) {
    try {
      double v = Double.parseDouble(s.strip());
      return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static ScenarioError error(LoadedScenario loaded, String problem) {
    return loaded.error("fleet.hotspotsFile", problem);
  }
}
