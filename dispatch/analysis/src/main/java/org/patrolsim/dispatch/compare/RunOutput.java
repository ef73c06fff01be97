// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.report.ReportFiles;

/**
 * The figures of one folder written by {@code patrolsim run --out DIR}: every KPI of the {@link
 * KpiCatalogue} (a replicated run's means), each replication's KPIs and seed when the run had
 * replications (replications.csv), each station's call-outs, and the map it ran on (the centre of
 * the map in hexagons.geojson, which every run writes).
 *
 * @param folder the folder, as given
 * @param seed the scenario's seed
 * @param days the simulated days
 * @param seeds each replication's seed, in replication order; one for a run without replications
 * @param values every KPI in catalogue order (a replicated run's means); NaN when there is none
 * @param replications each replication's KPIs in catalogue order (empty for a run without
 *     replications)
 * @param stationCallOuts each station's call-outs (a replicated run's means), in summary order
 * @param mapCentre the centre of the map the run's plan lay on, [lon, lat]
 */
public record RunOutput(
    Path folder,
    long seed,
    int days,
    List<Long> seeds,
    double[] values,
    List<double[]> replications,
    Map<String, Double> stationCallOuts,
    List<Double> mapCentre) {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String REPLICATIONS = "replications.csv";
  static final String HEXAGONS = "hexagons.geojson";

  public RunOutput {
    seeds = List.copyOf(seeds);
    replications = List.copyOf(replications);
    stationCallOuts = Collections.unmodifiableMap(new LinkedHashMap<>(stationCallOuts));
    mapCentre = List.copyOf(mapCentre);
  }

  /** Whether the run had replications (two or more). */
  public boolean replicated() {
    return !replications.isEmpty();
  }

  /** This run's value of {@code kpi} (a replicated run's mean), NaN when there is none. */
  public double value(Kpi kpi) {
    return values[KpiCatalogue.indexOf(kpi.key())];
  }

  /**
   * Reads a run's output folder.
   *
   * @param label how the folder is named in messages: A or B
   * @throws CompareInputError one line when the folder is not a run's output
   */
  public static RunOutput read(String label, Path folder) {
    String where = label + " " + folder;
    if (!Files.isDirectory(folder)) {
      throw new CompareInputError(
          where
              + ": "
              + (Files.exists(folder) ? "is a file" : "no such folder")
              + ", expected the output folder of patrolsim run");
    }
    Path summaryFile = folder.resolve(ReportFiles.SUMMARY);
    if (!Files.isRegularFile(summaryFile)) {
      throw new CompareInputError(
          where
              + ": not a run's output (no "
              + ReportFiles.SUMMARY
              + (Files.exists(folder.resolve("sweep.json"))
                  ? "; a sweep's folder: compare two of its variants' runs instead"
                  : "")
              + "), expected a folder written by patrolsim run --out");
    }
    JsonNode summary = json(summaryFile, label);
    if (!summary.path("seed").isIntegralNumber() || !summary.path("days").isInt()) {
      throw new CompareInputError(
          label + " " + summaryFile + ": no seed and days, expected the summary.json of a run");
    }
    long seed = summary.get("seed").asLong();
    int days = summary.get("days").asInt();
    List<Double> centre = mapCentre(label, folder);
    if (summary.has("kpis")) {
      return replicated(label, folder, summary, seed, days, centre);
    }
    if (!summary.has("incidents")) {
      throw new CompareInputError(
          label + " " + summaryFile + ": no incidents or kpis, expected the summary.json of a run");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> asMap = JSON.convertValue(summary, Map.class);
    Map<String, Double> callOuts = new LinkedHashMap<>();
    for (JsonNode st : summary.path("stations")) {
      callOuts.put(st.path("id").asText(), st.path("callOuts").asDouble());
    }
    return new RunOutput(
        folder,
        seed,
        days,
        List.of(seed),
        KpiCatalogue.valuesOf(asMap),
        List.of(),
        callOuts,
        centre);
  }

  private static RunOutput replicated(
      String label, Path folder, JsonNode summary, long seed, int days, List<Double> centre) {
    double[] values = new double[KpiCatalogue.size()];
    for (int k = 0; k < values.length; k++) {
      JsonNode mean = summary.get("kpis").path(KpiCatalogue.all().get(k).key()).path("mean");
      values[k] = mean.isNumber() ? mean.asDouble() : Double.NaN;
    }
    Map<String, Double> callOuts = new LinkedHashMap<>();
    for (JsonNode st : summary.path("stations")) {
      callOuts.put(st.path("id").asText(), st.path("callOuts").path("mean").asDouble());
    }
    Path csv = folder.resolve(REPLICATIONS);
    if (!Files.isRegularFile(csv)) {
      throw new CompareInputError(
          label
              + " "
              + folder
              + ": summary.json has replications but there is no "
              + REPLICATIONS
              + ", expected both as patrolsim run --replications writes them");
    }
    List<Long> seeds = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    readReplications(label, csv, seeds, rows);
    return new RunOutput(folder, seed, days, seeds, values, rows, callOuts, centre);
  }

  /** replications.csv: replication, seed, then one column per KPI, named by its key. */
  private static void readReplications(
      String label, Path csv, List<Long> seeds, List<double[]> rows) {
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String head = in.readLine();
      List<String> header = head == null ? List.of() : Arrays.asList(head.split(",", -1));
      if (header.size() < 2
          || !header.get(0).equals("replication")
          || !header.get(1).equals("seed")) {
        throw new CompareInputError(
            label + " " + csv + ": line 1: expected the header replication,seed,<KPI keys>");
      }
      int[] column = new int[KpiCatalogue.size()];
      for (int k = 0; k < column.length; k++) {
        column[k] = header.indexOf(KpiCatalogue.all().get(k).key());
      }
      int lineNo = 1;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (cells.length != header.size()) {
          throw new CompareInputError(
              label
                  + " "
                  + csv
                  + ": line "
                  + lineNo
                  + ": "
                  + cells.length
                  + " cells, expected "
                  + header.size()
                  + " as in the header");
        }
        try {
          seeds.add(Long.parseLong(cells[1]));
          double[] row = new double[column.length];
          for (int k = 0; k < row.length; k++) {
            row[k] =
                column[k] < 0 || cells[column[k]].isEmpty()
                    ? Double.NaN
                    : Double.parseDouble(cells[column[k]]);
          }
          rows.add(row);
        } catch (NumberFormatException e) {
          throw new CompareInputError(
              label + " " + csv + ": line " + lineNo + ": expected numbers, got '" + line + "'");
        }
      }
    } catch (IOException e) {
      throw new CompareInputError(label + " " + csv + ": cannot be read (" + e.getMessage() + ")");
    }
    if (rows.size() < 2) {
      throw new CompareInputError(
          label + " " + csv + ": " + rows.size() + " replication(s), expected at least 2");
    }
  }

  /** The map's centre, from hexagons.geojson's header (its grid's origin). */
  private static List<Double> mapCentre(String label, Path folder) {
    Path hexagons = folder.resolve(HEXAGONS);
    if (!Files.isRegularFile(hexagons)) {
      throw new CompareInputError(
          label
              + " "
              + folder
              + ": not a whole run's output (no "
              + HEXAGONS
              + "), expected a folder written by patrolsim run --out");
    }
    JsonNode origin = json(hexagons, label).path("patrolsim").path("origin");
    if (origin.size() != 2 || !origin.get(0).isNumber() || !origin.get(1).isNumber()) {
      throw new CompareInputError(
          label + " " + hexagons + ": no patrolsim.origin, expected the grid's origin [lon, lat]");
    }
    return List.of(origin.get(0).asDouble(), origin.get(1).asDouble());
  }

  static JsonNode json(Path file, String label) {
    try (InputStream in = open(file)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new CompareInputError(
          label + " " + file + ": not valid JSON (" + firstLine(e.getMessage()) + ")");
    }
  }

  /** A file of the run, read whole or, named NAME.gz, gunzipped. */
  static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return file.getFileName().toString().endsWith(ReportFiles.GZ) ? new GZIPInputStream(in) : in;
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** Whether the two runs' figures can stand side by side: the same map and number of days. */
  static void checkComparable(RunOutput a, RunOutput b) {
    if (a.days != b.days) {
      throw new CompareInputError(
          "B "
              + b.folder
              + ": "
              + b.days
              + " day(s), but A "
              + a.folder
              + " has "
              + a.days
              + "; expected two runs of the same number of days");
    }
    if (!a.mapCentre.equals(b.mapCentre)) {
      throw new CompareInputError(
          "B "
              + b.folder
              + ": ran on a map centred at "
              + b.mapCentre
              + " (hexagons.geojson), A "
              + a.folder
              + " on one centred at "
              + a.mapCentre
              + "; expected two runs on the same map");
    }
  }
}
