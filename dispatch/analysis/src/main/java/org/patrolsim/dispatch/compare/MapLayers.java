// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.report.ReportFiles;

/**
 * What compare.html draws of one run on its map: every incident (incidents.csv, or its gzipped
 * form) as a point with its disposal, the stations (stations.geojson) and the cars' beats
 * (beats.geojson). For a replicated run these are replication 0's, as its folder holds them.
 */
final class MapLayers {
  static final String STATIONS = "stations.geojson";
  static final String BEATS = "beats.geojson";

  private MapLayers() {}

  /** The layers as compare.html's data: disposals, points [lat, lon, disposal], stations, beats. */
  static Map<String, Object> of(String label, Path folder) {
    List<String> disposals = new ArrayList<>();
    List<List<Object>> points = new ArrayList<>();
    readIncidents(label, folder, disposals, points);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("disposals", disposals);
    m.put("points", points);
    m.put("stations", layer(label, folder, STATIONS));
    m.put("beats", layer(label, folder, BEATS));
    return m;
  }

  private static JsonNode layer(String label, Path folder, String name) {
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new CompareInputError(
          label
              + " "
              + folder
              + ": no "
              + name
              + ", expected a folder written by patrolsim run --out");
    }
    return RunOutput.json(file, label);
  }

  private static void readIncidents(
      String label, Path folder, List<String> disposals, List<List<Object>> points) {
    Path file = folder.resolve(ReportFiles.INCIDENTS);
    if (!Files.isRegularFile(file)) {
      file = folder.resolve(ReportFiles.INCIDENTS + ReportFiles.GZ);
    }
    if (!Files.isRegularFile(file)) {
      throw new CompareInputError(
          label
              + " "
              + folder
              + ": no "
              + ReportFiles.INCIDENTS
              + " (or .gz), expected a folder written by patrolsim run --out");
    }
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(RunOutput.open(file), StandardCharsets.UTF_8))) {
      String head = in.readLine();
      List<String> header = head == null ? List.of() : Arrays.asList(head.split(",", -1));
      int lat = header.indexOf("lat");
      int lon = header.indexOf("lon");
      int disposal = header.indexOf("disposal");
      if (lat < 0 || lon < 0 || disposal < 0) {
        throw new CompareInputError(
            label + " " + file + ": line 1: expected a header with lat, lon and disposal");
      }
      int lineNo = 1;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        // the first columns (id, call, place, type, priority, station, ...) hold no comma; only the
        // replayed records' source columns at the end may be quoted
        String[] cells = line.split(",", disposal + 2);
        if (cells.length <= disposal) {
          throw new CompareInputError(
              label + " " + file + ": line " + lineNo + ": expected " + header.size() + " cells");
        }
        String d = cells[disposal];
        int k = disposals.indexOf(d);
        if (k < 0) {
          k = disposals.size();
          disposals.add(d);
        }
        try {
          points.add(List.of(Double.parseDouble(cells[lat]), Double.parseDouble(cells[lon]), k));
        } catch (NumberFormatException e) {
          throw new CompareInputError(
              label + " " + file + ": line " + lineNo + ": expected numbers in lat and lon");
        }
      }
    } catch (IOException e) {
      throw new CompareInputError(
          label + " " + file + ": cannot be read (" + RunOutput.firstLine(e.getMessage()) + ")");
    }
  }
}
