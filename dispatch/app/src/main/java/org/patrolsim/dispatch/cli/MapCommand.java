// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.patrolsim.geo.GeoInputException;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.democity.DemoCity;
import org.patrolsim.geo.network.Bounds;
import org.patrolsim.geo.network.CongestionProfile;
import org.patrolsim.geo.network.NetworkFootprint;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.Route;
import org.patrolsim.geo.network.TravelConditions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code patrolsim map ...}: look at a road network and its travel times, write the demo city. */
@Command(
    name = "map",
    description = "Road network tools: info, travel times, checking points, the demo city.",
    mixinStandardHelpOptions = true,
    subcommands = {
      MapCommand.Info.class,
      MapCommand.Eta.class,
      MapCheckCommand.class,
      MapCommand.WriteDemoCity.class
    })
final class MapCommand {
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * {@code map info}: nodes, edges, bounding box, and where the roads actually are (road length,
   * what was dropped at import, connected pieces, the covered area and its share of the box) as
   * JSON.
   */
  @Command(
      name = "info",
      description = "Print the size, bounding box and covered area of a road network as JSON.",
      mixinStandardHelpOptions = true)
  static final class Info implements Callable<Integer> {
    @Mixin MapSource map;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      try (RoadNetwork net = map.load()) {
        Bounds b = net.bounds();
        ObjectNode out = JSON.createObjectNode();
        out.put("map", map.name());
        out.put("nodes", net.nodeCount());
        out.put("edges", net.edgeCount());
        ObjectNode bbox = out.putObject("bbox");
        bbox.put("minLat", b.minLat());
        bbox.put("minLon", b.minLon());
        bbox.put("maxLat", b.maxLat());
        bbox.put("maxLon", b.maxLon());
        footprint(out.putObject("roads"), out.putObject("coverage"), net.footprint());
        spec.commandLine().getOut().println(JSON.writeValueAsString(out));
        spec.commandLine().getOut().flush();
      }
      return 0;
    }
  }

  private static void footprint(ObjectNode roads, ObjectNode coverage, NetworkFootprint f) {
    roads.put("routableKm", round3(f.routableKm()));
    roads.put("pieces", f.pieces());
    ObjectNode largest = roads.putObject("largestPiece");
    largest.put("junctions", f.largestPieceJunctions());
    largest.put("km", round3(f.largestPieceKm()));
    largest.put("shareOfRoutable", round3(f.largestPieceShare()));
    roads.put("droppedAtImportKm", round3(f.droppedKm()));
    roads.put("droppedPieces", f.droppedPieces());
    coverage.put("hullKm2", round3(f.hullKm2()));
    coverage.put("bboxKm2", round3(f.bboxKm2()));
    coverage.put("hullShareOfBbox", round3(f.hullShareOfBbox()));
    coverage.put("hullMaxEdgeMetres", NetworkFootprint.HULL_EDGE_METRES);
    ObjectNode hull = coverage.putObject("hull");
    hull.put("type", "Polygon");
    var rings = hull.putArray("coordinates");
    if (f.hull() instanceof org.locationtech.jts.geom.Polygon p && !p.isEmpty()) {
      var ring = rings.addArray();
      for (var c : p.getExteriorRing().getCoordinates()) {
        ring.addArray().add(c.x).add(c.y);
      }
    }
  }

  private static double round3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** {@code map eta}: travel time and length between points, one pair or a CSV of pairs. */
  @Command(
      name = "eta",
      mixinStandardHelpOptions = true,
      description =
          "Travel time by car between two points (or each pair of a CSV) as JSON: "
              + "plain car profile, speed factor 1, no congestion unless options say otherwise.")
  static final class Eta implements Callable<Integer> {
    @Mixin MapSource map;
    @Spec CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Pairs pairs;

    static final class Pairs {
      @ArgGroup(exclusive = false)
      OnePair one;

      @Option(
          names = "--pairs",
          paramLabel = "FILE.csv",
          required = true,
          description =
              "CSV with header from_lat,from_lon,to_lat,to_lon; one JSON line per row, in order")
      Path csv;
    }

    static final class OnePair {
      @Option(names = "--from", paramLabel = "LAT,LON", required = true)
      String from;

      @Option(names = "--to", paramLabel = "LAT,LON", required = true)
      String to;
    }

    @Option(
        names = "--speed-factor",
        paramLabel = "F",
        defaultValue = "1.0",
        description =
            "multiplies speeds: below 1 for patrol pace, above 1 for urgent response (default 1)")
    double speedFactor;

    @Option(
        names = "--congestion",
        paramLabel = "none|weekday",
        defaultValue = "none",
        description = "hour-of-day congestion profile (default none)")
    String congestion;

    @Option(
        names = "--hour",
        paramLabel = "H",
        defaultValue = "0",
        description =
            "hour of departure, 0-23: the trip leaves at the middle of the hour (default 0)")
    int hour;

    @Override
    public Integer call() throws IOException {
      TravelConditions conditions = conditions();
      List<LatLon[]> todo =
          pairs.csv != null ? PairsCsv.read(pairs.csv) : List.<LatLon[]>of(parsePair());
      PrintWriter out = spec.commandLine().getOut();
      try (RoadNetwork net = map.load()) {
        for (LatLon[] pair : todo) {
          out.println(JSON.writeValueAsString(eta(net, pair[0], pair[1], conditions)));
        }
      }
      out.flush();
      return 0;
    }

    private LatLon[] parsePair() {
      return new LatLon[] {point("--from", pairs.one.from), point("--to", pairs.one.to)};
    }

    private static LatLon point(String option, String text) {
      try {
        return LatLon.parse(text);
      } catch (GeoInputException e) {
        throw new GeoUserError(option + " " + text + ": " + e.getMessage());
      }
    }

    private TravelConditions conditions() {
      CongestionProfile profile =
          switch (congestion) {
            case "none" -> CongestionProfile.NONE;
            case "weekday" -> CongestionProfile.typicalWeekday();
            default ->
                throw new GeoUserError(
                    "--congestion '" + congestion + "': expected none or weekday");
          };
      try {
        return new TravelConditions(speedFactor, profile, 0).atHour(hour);
      } catch (IllegalArgumentException e) {
        throw new GeoUserError(e.getMessage());
      }
    }

    static ObjectNode eta(RoadNetwork net, LatLon from, LatLon to, TravelConditions c) {
      ObjectNode out = JSON.createObjectNode();
      Optional<NetworkPosition> a = net.snap(from);
      Optional<NetworkPosition> b = net.snap(to);
      if (a.isEmpty() || b.isEmpty()) {
        out.put("reachable", false);
        LatLon off = a.isEmpty() ? from : to;
        out.put(
            "reason",
            (a.isEmpty() ? "from" : "to")
                + " point "
                + off
                + " is off the road network: "
                + net.check(off).reason());
        return out;
      }
      Route route = net.travelTimes().route(a.get(), b.get(), c);
      out.put("reachable", route.reachable());
      if (route.reachable()) {
        out.put("seconds", Math.round(route.seconds() * 1000) / 1000.0);
        out.put("metres", Math.round(route.metres() * 10) / 10.0);
      } else {
        out.put("reason", "no road route from " + from + " to " + to);
      }
      putPoint(out, "from", a.get().point());
      putPoint(out, "to", b.get().point());
      return out;
    }

    private static void putPoint(ObjectNode out, String name, LatLon p) {
      ObjectNode node = out.putObject(name);
      node.put("lat", p.lat());
      node.put("lon", p.lon());
    }
  }

  /** {@code map demo-city}: writes the generated demo city as OSM XML. */
  @Command(
      name = "demo-city",
      mixinStandardHelpOptions = true,
      description =
          "Write the generated demo city as OpenStreetMap XML (size 1: about 15 x 15 km, 1 million people).")
  static final class WriteDemoCity implements Callable<Integer> {
    @Option(
        names = "--out",
        paramLabel = "FILE",
        required = true,
        description = "the .osm file to write")
    Path out;

    @Option(
        names = "--size",
        paramLabel = "K",
        defaultValue = "1",
        description =
            "scale: the side grows K times, the area K squared times (1 to 20, default 1)")
    int size;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      if (size < 1 || size > 20) {
        throw new GeoUserError("--size " + size + ": expected 1 to 20");
      }
      Path target = out.toAbsolutePath();
      Path dir = target.getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        throw new GeoUserError(out + ": the folder " + dir + " does not exist");
      }
      if (Files.isDirectory(target)) {
        throw new GeoUserError("--out " + out + ": is a folder, expected the .osm file to write");
      }
      try {
        DemoCity.write(target, size);
        ObjectNode json = JSON.createObjectNode();
        json.put("file", out.toString());
        json.put("size", size);
        json.put("bytes", Files.size(target));
        spec.commandLine().getOut().println(JSON.writeValueAsString(json));
        spec.commandLine().getOut().flush();
      } catch (IOException e) {
        throw new GeoUserError(
            "--out " + out + ": cannot be written (" + OutputFolder.reason(e) + ")");
      }
      return 0;
    }
  }

  /** Reads a CSV of point pairs, checking every row before anything is computed or printed. */
  static final class PairsCsv {
    private PairsCsv() {}

    static List<LatLon[]> read(Path csv) {
      List<String> lines;
      try {
        lines = Files.readAllLines(csv);
      } catch (java.nio.file.NoSuchFileException e) {
        throw new GeoUserError(csv + ": no such file");
      } catch (IOException | UncheckedIOException e) {
        throw new GeoUserError(csv + ": cannot be read as text (" + e.getMessage() + ")");
      }
      if (lines.isEmpty()
          || !lines.get(0).replace(" ", "").equalsIgnoreCase("from_lat,from_lon,to_lat,to_lon")) {
        throw new GeoUserError(
            csv + " line 1: expected the header from_lat,from_lon,to_lat,to_lon");
      }
      List<LatLon[]> pairs = new ArrayList<>();
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i).trim();
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split(",", -1);
        if (f.length != 4) {
          throw new GeoUserError(
              csv
                  + " line "
                  + (i + 1)
                  + ": expected 4 columns from_lat,from_lon,to_lat,to_lon, found "
                  + f.length);
        }
        try {
          pairs.add(
              new LatLon[] {
                new LatLon(number(csv, i, f[0], "from_lat"), number(csv, i, f[1], "from_lon")),
                new LatLon(number(csv, i, f[2], "to_lat"), number(csv, i, f[3], "to_lon"))
              });
        } catch (GeoInputException e) {
          throw new GeoUserError(csv + " line " + (i + 1) + ": " + e.getMessage());
        }
      }
      return pairs;
    }

    private static double number(Path csv, int i, String text, String column) {
      try {
        return Double.parseDouble(text.trim());
      } catch (NumberFormatException e) {
        throw new GeoUserError(
            csv + " line " + (i + 1) + ": " + column + " '" + text + "' is not a number");
      }
    }
  }
}
