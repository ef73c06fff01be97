// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.democity;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes the bundled demo city as OpenStreetMap XML, so the demo needs no download and goes through
 * the same GraphHopper import as a real map.
 *
 * <p>Size 1 is a plausible city of about a million people, 15 x 15 km: a street grid of 200 m
 * blocks at the edge, 100 m within 6 km of the centre and 50 m within 3 km, one-way pairs in the
 * centre, arterials every kilometre (primary every 3 km), a ring road of 5 km radius joined to the
 * arterials only, and a river across the city with 6 bridges (4 arterials, 2 on the ring). Size k
 * scales the side by k (k squared the area), for scale tests. Deterministic: the same size gives
 * the same bytes. Cached copies are named by a fingerprint of this package's bytecode ({@link
 * DemoCityFile}), so a change here is never hidden by an old file in the cache.
 */
public final class DemoCity {
  static final double CELL = 50.0;
  static final double ORIGIN_LAT = 45.0;
  static final double ORIGIN_LON = -30.0;
  private static final double METRES_PER_DEG_LAT = 111_320.0;
  private static final double RIVER_HALF_WIDTH = 60.0;

  private final int size;
  private final int cells;
  private final int mid;
  private final double metresPerDegLon = METRES_PER_DEG_LAT * Math.cos(Math.toRadians(ORIGIN_LAT));
  private final TreeMap<Long, double[]> nodes = new TreeMap<>();
  private final List<String> ways = new ArrayList<>();
  private final java.util.Set<Long> used = new java.util.HashSet<>();
  private long nextExtraNode;
  private long nextWay = 1;

  private DemoCity(int size) {
    this.size = size;
    this.cells = 300 * size;
    this.mid = cells / 2;
    this.nextExtraNode = (long) (cells + 1) * (cells + 1) + 1;
  }

  /**
   * Writes the city of the given size (1 = about a million people) to {@code out}, atomically: it
   * is written beside {@code out} and moved into place when complete, so no reader ever sees half a
   * city.
   *
   * @throws IllegalArgumentException if size is below 1 or above 20
   */
  public static void write(Path out, int size) throws IOException {
    if (size < 1 || size > 20) {
      throw new IllegalArgumentException("demo city size must be 1 to 20, was " + size);
    }
    DemoCity city = new DemoCity(size);
    city.build();
    Path target = out.toAbsolutePath();
    Path tmp = Files.createTempFile(target.getParent(), ".demo-city", ".osm.tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        city.writeXml(w);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  // ---- layout
  // ------------------------------------------------------------------------------------

  /** 0: every 200 m everywhere; 1: every 100 m near the centre; 2: every 50 m in the centre. */
  private static int level(int line) {
    return line % 4 == 0 ? 0 : line % 2 == 0 ? 1 : 2;
  }

  private int radius(int level) {
    return level == 0 ? Integer.MAX_VALUE : level == 1 ? 120 * size : 60 * size;
  }

  /** Whether grid line {@code line} runs through position {@code along} (both in cells). */
  private boolean lineAt(int line, int along) {
    int r = radius(level(line));
    return Math.abs(line - mid) <= r && Math.abs(along - mid) <= r;
  }

  private double riverY(double x) {
    return (mid + 24.0 * size) * CELL + 500.0 * size * Math.sin(2 * Math.PI * x / (7000.0 * size));
  }

  private boolean inRiver(double x, double y) {
    return Math.abs(y - riverY(x)) < RIVER_HALF_WIDTH;
  }

  private boolean northOfRiver(double x, double y) {
    return y > riverY(x);
  }

  private String highway(int line) {
    if (line % 60 == 0) {
      return "primary";
    }
    if (line % 20 == 0) {
      return "secondary";
    }
    return "residential";
  }

  private boolean isBridgeLine(int line, boolean vertical) {
    return vertical && line % 60 == 0 && line > 0 && line < cells;
  }

  private void build() {
    double ringRadius = 100.0 * size * CELL;
    // grid lines: vertical (x = line) and horizontal (y = line)
    for (int vertical = 1; vertical >= 0; vertical--) {
      for (int line = 0; line <= cells; line++) {
        TreeMap<Double, Long> points = new TreeMap<>();
        for (int along = 0; along <= cells; along++) {
          if (lineAt(line, along) && lineAt(along, line)) {
            int x = vertical == 1 ? line : along;
            int y = vertical == 1 ? along : line;
            points.put(along * CELL, junction(x, y));
          }
        }
        if (line % 20 == 0) {
          addRingCrossings(points, line * CELL, vertical == 1, ringRadius);
        }
        if (points.size() > 1) {
          emitLine(points, line, vertical == 1);
        }
      }
    }
    emitRing(ringRadius);
    emitRiver();
  }

  private long junction(int x, int y) {
    long id = (long) y * (cells + 1) + x + 1;
    if (!nodes.containsKey(id)) {
      // a few metres of deterministic jitter: real blocks are never exactly equal, and equal
      // lengths everywhere would make every route a tie (and contraction hierarchies slow)
      double jx = level(x) == 0 && x % 20 == 0 ? 0 : (unit(id, 1) - 0.5) * 12;
      double jy = level(y) == 0 && y % 20 == 0 ? 0 : (unit(id, 2) - 0.5) * 12;
      nodes.put(id, new double[] {x * CELL + jx, y * CELL + jy});
    }
    return id;
  }

  /**
   * A deterministic pseudo-random number in [0, 1) from a node id and a salt (SplitMix64
   * finaliser).
   */
  private static double unit(long id, long salt) {
    long z = id * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53;
  }

  private final TreeMap<Double, Long> ringNodes = new TreeMap<>();

  /** Joins the ring road to an arterial where they cross: one shared node on both. */
  private void addRingCrossings(
      SortedMap<Double, Long> points, double c, boolean vertical, double r) {
    double centre = mid * CELL;
    double d = c - centre;
    if (Math.abs(d) >= r) {
      return;
    }
    double h = Math.sqrt(r * r - d * d);
    for (double along : new double[] {centre - h, centre + h}) {
      double x = vertical ? c : along;
      double y = vertical ? along : c;
      if (inRiver(x, y)) {
        continue;
      }
      double angle = Math.atan2(y - centre, x - centre);
      long id = nextExtraNode++;
      nodes.put(id, new double[] {x, y});
      points.put(along, id);
      ringNodes.put(angle, id);
    }
  }

  private void emitLine(SortedMap<Double, Long> points, int line, boolean vertical) {
    String highway = highway(line);
    boolean bridges = isBridgeLine(line, vertical);
    String name = (vertical ? "Avenue " : "Street ") + line;
    boolean oneway = level(line) == 2 && highway.equals("residential");
    boolean reversed = oneway && (line / 2) % 2 == 1;
    List<Long> current = new ArrayList<>();
    Boolean currentBridge = null;
    var entries = new ArrayList<>(points.entrySet());
    for (int i = 1; i < entries.size(); i++) {
      long a = entries.get(i - 1).getValue();
      long b = entries.get(i).getValue();
      boolean river = crossesRiver(a, b);
      boolean missing =
          highway.equals("residential")
              && (unit(a * 31 + b, 3) < 0.06
                  || crossesQuarterLine(
                      entries.get(i - 1).getKey(), entries.get(i).getKey(), a, b));
      if ((river && !bridges) || missing) {
        flush(current, highway, name, oneway, reversed, Boolean.TRUE.equals(currentBridge));
        current = new ArrayList<>();
        currentBridge = null;
        continue;
      }
      if (currentBridge != null && currentBridge != river) {
        flush(current, highway, name, oneway, reversed, currentBridge);
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        current.add(a);
      }
      current.add(b);
      currentBridge = river;
    }
    flush(current, highway, name, oneway, reversed, Boolean.TRUE.equals(currentBridge));
  }

  /**
   * Residential streets mostly stop at the lines that split each arterial square into quarters: a
   * neighbourhood is reached from its arterials, not crossed by local through streets (as in real
   * cities, and it keeps the road hierarchy clear for routing).
   */
  private boolean crossesQuarterLine(double alongA, double alongB, long a, long b) {
    double q = 500.0;
    boolean crosses = Math.floor((alongA - q) / 1000.0) != Math.floor((alongB - q) / 1000.0);
    return crosses && unit(a ^ (b << 20), 4) < 0.8;
  }

  private boolean crossesRiver(long a, long b) {
    double[] p = nodes.get(a);
    double[] q = nodes.get(b);
    return inRiver(p[0], p[1])
        || inRiver(q[0], q[1])
        || northOfRiver(p[0], p[1]) != northOfRiver(q[0], q[1]);
  }

  private void flush(
      List<Long> nds,
      String highway,
      String name,
      boolean oneway,
      boolean reversed,
      boolean bridge) {
    if (nds.size() < 2) {
      return;
    }
    List<Long> order = new ArrayList<>(nds);
    if (reversed) {
      java.util.Collections.reverse(order);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("  <way id=\"").append(nextWay++).append("\" version=\"1\">\n");
    for (long id : order) {
      sb.append("    <nd ref=\"").append(id).append("\"/>\n");
      used.add(id);
    }
    tag(sb, "highway", highway);
    tag(sb, "name", name);
    if (oneway) {
      tag(sb, "oneway", "yes");
    }
    if (bridge) {
      tag(sb, "bridge", "yes");
      tag(sb, "layer", "1");
    }
    sb.append("  </way>\n");
    ways.add(sb.toString());
  }

  private void emitRing(double r) {
    double centre = mid * CELL;
    int steps = 180 * size;
    for (int i = 0; i < steps; i++) {
      double angle = -Math.PI + 2 * Math.PI * i / steps;
      double x = centre + r * Math.cos(angle);
      double y = centre + r * Math.sin(angle);
      long id = nextExtraNode++;
      nodes.put(id, new double[] {x, y});
      ringNodes.putIfAbsent(angle, id);
    }
    List<Long> loop = new ArrayList<>(ringNodes.values());
    loop.add(loop.get(0));
    List<Long> current = new ArrayList<>();
    Boolean currentBridge = null;
    for (int i = 1; i < loop.size(); i++) {
      long a = loop.get(i - 1);
      long b = loop.get(i);
      boolean river = crossesRiver(a, b);
      if (currentBridge != null && currentBridge != river) {
        flush(current, "trunk", "Ring Road", false, false, currentBridge);
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        current.add(a);
      }
      current.add(b);
      currentBridge = river;
    }
    flush(current, "trunk", "Ring Road", false, false, Boolean.TRUE.equals(currentBridge));
  }

  private void emitRiver() {
    StringBuilder sb = new StringBuilder();
    sb.append("  <way id=\"").append(nextWay++).append("\" version=\"1\">\n");
    for (int x = 0; x <= cells; x += 2) {
      long id = nextExtraNode++;
      nodes.put(id, new double[] {x * CELL, riverY(x * CELL)});
      sb.append("    <nd ref=\"").append(id).append("\"/>\n");
      used.add(id);
    }
    tag(sb, "waterway", "river");
    tag(sb, "name", "Demo River");
    sb.append("  </way>\n");
    ways.add(sb.toString());
  }

  private static void tag(StringBuilder sb, String k, String v) {
    sb.append("    <tag k=\"").append(k).append("\" v=\"").append(v).append("\"/>\n");
  }

  // ---- output
  // ------------------------------------------------------------------------------------

  private void writeXml(Writer w) throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.write("<osm version=\"0.6\" generator=\"patrolsim demo-city size " + size + "\">\n");
    double maxM = cells * CELL;
    w.write(
        String.format(
            Locale.ROOT,
            "  <bounds minlat=\"%.7f\" minlon=\"%.7f\" maxlat=\"%.7f\" maxlon=\"%.7f\"/>\n",
            lat(0),
            lon(0),
            lat(maxM),
            lon(maxM)));
    StringBuilder line = new StringBuilder(96);
    for (var e : nodes.entrySet()) {
      if (used.contains(e.getKey())) {
        line.setLength(0);
        line.append("  <node id=\"").append(e.getKey()).append("\" version=\"1\" lat=\"");
        degrees(line, lat(e.getValue()[1])).append("\" lon=\"");
        degrees(line, lon(e.getValue()[0])).append("\"/>\n");
        w.write(line.toString());
      }
    }
    for (String way : ways) {
      w.write(way);
    }
    w.write("</osm>\n");
  }

  /** Appends degrees with exactly 7 decimals (OSM's precision), without String.format's cost. */
  private static StringBuilder degrees(StringBuilder sb, double deg) {
    long fixed = Math.round(deg * 1e7);
    if (fixed < 0) {
      sb.append('-');
      fixed = -fixed;
    }
    String frac = Long.toString(fixed % 10_000_000L);
    sb.append(fixed / 10_000_000L).append('.');
    for (int i = frac.length(); i < 7; i++) {
      sb.append('0');
    }
    return sb.append(frac);
  }

  private double lat(double y) {
    return ORIGIN_LAT + y / METRES_PER_DEG_LAT;
  }

  private double lon(double x) {
    return ORIGIN_LON + x / metresPerDegLon;
  }
}
