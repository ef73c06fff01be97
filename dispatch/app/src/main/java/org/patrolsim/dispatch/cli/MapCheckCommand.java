// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.patrolsim.dispatch.incident.replay.LeftOut;
import org.patrolsim.dispatch.incident.replay.ReplayFormat;
import org.patrolsim.dispatch.incident.replay.ReplayPoints;
import org.patrolsim.dispatch.incident.replay.ReplaySetupError;
import org.patrolsim.dispatch.incident.replay.ReplaySource;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.GeoInputException;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.SnapCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code patrolsim map check}: for each point of a CSV, whether it snaps to the road network, at
 * what distance, and if not why (no road near it, or only a road dropped at import as a small
 * disconnected piece), with a count at the end. Columns are mapped as in a replay: by options, or
 * by a scenario's {@code incidents.replay} mapping, whose window ({@code from}/{@code to}) leaves
 * rows out as a run does ({@code outsideWindow}). Exit code 0 when every other point snaps, 1
 * otherwise, 2 for bad input.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Check that each point of a CSV (lat/lon, or x/y in a CRS) lies on the road network: "
            + "whether it snaps, at what distance, and why not; a count at the end. With --scenario, rows outside its replay's from/to are counted apart, as a run leaves them out. Exit code 0 when all the others snap, 1 if not.")
final class MapCheckCommand implements Callable<Integer> {
  @Mixin MapSource map;
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "POINTS.csv",
      description = "CSV with a header; default: the replay file of --scenario")
  Path points;

  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description =
          "take the column mapping (and the file and map, unless given) from this scenario's incidents.replay")
  Path scenario;

  @Option(names = "--lat", paramLabel = "COLUMN", description = "latitude column (default lat)")
  String lat;

  @Option(names = "--lon", paramLabel = "COLUMN", description = "longitude column (default lon)")
  String lon;

  @Option(names = "--x", paramLabel = "COLUMN", description = "easting column, with --crs")
  String x;

  @Option(names = "--y", paramLabel = "COLUMN", description = "northing column, with --crs")
  String y;

  @Option(
      names = "--crs",
      paramLabel = "EPSG:N",
      description = "the x/y columns' reference system, e.g. EPSG:2154")
  String crs;

  @Option(names = "--delimiter", paramLabel = "C", description = "field separator (default ,)")
  String delimiter;

  @Option(names = "--encoding", paramLabel = "NAME", description = "character set (default UTF-8)")
  String encoding;

  @Option(names = "--json", description = "one JSON object per point, then one with the counts")
  boolean json;

  /** The scenario of --scenario, once loaded. */
  private LoadedScenario loaded;

  /** Whether the scenario's replay has a window (from/to), whose rows outside are counted apart. */
  private boolean window;

  @Override
  public Integer call() throws IOException {
    ReplaySource source = source();
    List<ReplayPoints.Point> rows;
    try {
      rows = ReplayPoints.read(format(source));
    } catch (ReplaySetupError e) {
      throw new CliInputError(
          (scenario != null ? scenario + ": incidents.replay." + e.field() : optionFor(e.field()))
              + ": "
              + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    int snap = 0;
    int offMap = 0;
    int dropped = 0;
    int bad = 0;
    int outside = 0;
    try (RoadNetwork net = map.load()) {
      for (ReplayPoints.Point row : rows) {
        String verdict;
        String reason;
        SnapCheck check = null;
        if (row.reason() == LeftOut.OUTSIDE_WINDOW) {
          verdict = "outside-window";
          reason = row.problem();
          outside++;
        } else if (row.point() == null) {
          verdict = "bad-row";
          reason = row.problem();
          bad++;
        } else {
          check = net.check(row.point());
          reason = check.reason();
          if (check instanceof SnapCheck.OnNetwork) {
            verdict = "snaps";
            snap++;
          } else if (check instanceof SnapCheck.NearDroppedPiece) {
            verdict = "dropped-piece";
            dropped++;
          } else {
            verdict = "off-map";
            offMap++;
            reason += swapHint(net, row.point());
          }
        }
        print(out, row, verdict, check, reason);
      }
    } catch (GeoInputException e) {
      throw new GeoUserError(e);
    }
    int total = rows.size();
    if (json) {
      ObjectNode counts = MapCommand.JSON.createObjectNode();
      counts.put("points", total);
      counts.put("snap", snap);
      counts.put("offMap", offMap);
      counts.put("droppedPiece", dropped);
      counts.put("badRow", bad);
      counts.put(LeftOut.OUTSIDE_WINDOW.key(), outside);
      out.println(MapCommand.JSON.writeValueAsString(counts));
    } else {
      out.println(
          String.format(
              Locale.ROOT,
              "%d points: %d snap, %d off the map, %d near a dropped piece, %d bad row%s%s",
              total,
              snap,
              offMap,
              dropped,
              bad,
              bad == 1 ? "" : "s",
              window ? ", " + outside + " " + LeftOut.OUTSIDE_WINDOW.words() : ""));
    }
    out.flush();
    return snap == total - outside ? 0 : 1;
  }

  private void print(
      PrintWriter out, ReplayPoints.Point row, String verdict, SnapCheck check, String reason)
      throws IOException {
    if (json) {
      ObjectNode o = MapCommand.JSON.createObjectNode();
      o.put("line", row.line());
      if (row.point() != null) {
        o.put("lat", round(row.point().lat(), 1e6));
        o.put("lon", round(row.point().lon(), 1e6));
      }
      o.put("verdict", verdict);
      if (check instanceof SnapCheck.OnNetwork on) {
        o.put("metres", round(on.metres(), 10));
      } else if (check instanceof SnapCheck.NearDroppedPiece d) {
        o.put("metres", round(d.metres(), 10));
      }
      o.put("reason", reason);
      out.println(MapCommand.JSON.writeValueAsString(o));
    } else {
      String at = row.point() == null ? "-" : row.point().toString();
      out.println(
          String.format(Locale.ROOT, "line %-6d %-22s %-14s %s", row.line(), at, verdict, reason));
    }
  }

  /** When lat and lon were mapped the wrong way round, the swapped point often snaps: say so. */
  private static String swapHint(RoadNetwork net, LatLon p) {
    if (Math.abs(p.lon()) > 90) {
      return "";
    }
    SnapCheck swapped = net.check(new LatLon(p.lon(), p.lat()));
    return swapped instanceof SnapCheck.OnNetwork on
        ? String.format(
            Locale.ROOT,
            "; with lat and lon swapped it would be %.0f m from a road: check the columns",
            on.metres())
        : "";
  }

  /**
   * The mapping compiled: with a scenario's replay, the whole of it (its window leaves rows out as
   * a run does); else only what places need.
   */
  private ReplayFormat format(ReplaySource source) {
    if (loaded == null || loaded.scenario().incidents().replay() == null) {
      return ReplayFormat.forPoints(source);
    }
    var s = loaded.scenario();
    ReplayFormat format =
        ReplayFormat.of(
            source,
            ZoneId.of(s.timeZone()),
            s.incidents().types().stream().map(Scenario.IncidentType::name).toList());
    window = format.records().from() != null || format.records().to() != null;
    return format;
  }

  private ReplaySource source() {
    ReplaySource base = ReplaySource.ofFile(null);
    if (scenario != null) {
      loaded = ScenarioLoader.loadFileOrBundled(scenario.toString(), List.of());
      if (loaded.scenario().incidents().replay() != null) {
        base = loaded.scenario().incidents().replay();
      }
      if (map.osm == null && loaded.scenario().map().osm() != null) {
        map.osm = Path.of(loaded.scenario().map().osm());
      }
      if (map.osm == null) {
        map.demoCitySize = loaded.scenario().map().demoCitySizeOrDefault();
      }
      if (map.cacheDir == null && loaded.scenario().map().cacheDir() != null) {
        map.cacheDir = Path.of(loaded.scenario().map().cacheDir());
      }
    }
    String file = points != null ? points.toString() : base.file();
    if (file == null) {
      throw new CliInputError(
          "map check: expected a POINTS.csv file, or --scenario with incidents.replay");
    }
    ReplaySource.Columns c = base.columns();
    ReplaySource.Columns columns =
        c.withPlace(or(lat, c.lat()), or(lon, c.lon()), or(x, c.x()), or(y, c.y()));
    return new ReplaySource(
        file,
        columns,
        base.timeFormat(),
        base.dateFormat(),
        base.timeZone(),
        or(crs, base.crs()),
        or(delimiter, base.delimiter()),
        or(encoding, base.encoding()),
        base.types(),
        base.defaultType(),
        base.priorities(),
        base.onBadRow(),
        base.rowsOutsideHorizon(),
        base.selfInitiatedValues(),
        base.from(),
        base.to(),
        base.stageCapHours());
  }

  private static String optionFor(String field) {
    return switch (field) {
      case "columns.lat" -> "--lat";
      case "columns.lon" -> "--lon";
      case "columns.x" -> "--x";
      case "columns.y" -> "--y";
      default -> "--" + field;
    };
  }

  private static String or(String option, String fallback) {
    return option != null ? option : fallback;
  }

  private static double round(double v, double scale) {
    return Math.round(v * scale) / scale;
  }
}
