// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import java.util.ArrayList;
import java.util.List;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.Bounds;

/**
 * A flat grid of pointy-top hexagons in metres around the map's centre (not H3): a point is
 * projected equirectangularly about the centre (x east, y north, the Earth's mean radius), binned
 * to the hexagon whose centre is nearest (axial coordinates q, r with cube rounding), and each
 * hexagon's corners are projected back. Over a city the projection's error is far below a hexagon's
 * size.
 *
 * @param radiusMetres the distance from a hexagon's centre to its corners
 */
public record HexGrid(LatLon origin, double radiusMetres) {
  static final double EARTH_RADIUS_METRES = 6_371_008.8;

  /**
   * Hexagons across the map's longer side, about; their radius is rounded to 50 m, at least 100 m.
   */
  static final int ACROSS = 40;

  /**
   * The grid of a map: centred on its bounds, about {@link #ACROSS} hexagons across its longer
   * side.
   */
  public static HexGrid of(Bounds b) {
    LatLon centre = new LatLon((b.minLat() + b.maxLat()) / 2, (b.minLon() + b.maxLon()) / 2);
    HexGrid unit = new HexGrid(centre, 1);
    double width = unit.x(b.maxLon()) - unit.x(b.minLon());
    double height = unit.y(b.maxLat()) - unit.y(b.minLat());
    // a hexagon is sqrt(3) radii wide
    double radius = Math.max(width, height) / ACROSS / Math.sqrt(3);
    return new HexGrid(centre, Math.max(100, Math.round(radius / 50) * 50.0));
  }

  /** A hexagon of the grid, by its axial coordinates. */
  public record Cell(int q, int r) {
    /** The cell's id, "q:r". */
    public String id() {
      return q + ":" + r;
    }
  }

  /** The hexagon holding {@code lat, lon}. */
  public Cell cell(double lat, double lon) {
    double x = x(lon) / radiusMetres;
    double y = y(lat) / radiusMetres;
    double q = Math.sqrt(3) / 3 * x - y / 3;
    double r = 2.0 / 3 * y;
    double s = -q - r;
    long rq = Math.round(q);
    long rr = Math.round(r);
    long rs = Math.round(s);
    double dq = Math.abs(rq - q);
    double dr = Math.abs(rr - r);
    double ds = Math.abs(rs - s);
    if (dq > dr && dq > ds) {
      rq = -rr - rs;
    } else if (dr > ds) {
      rr = -rq - rs;
    }
    return new Cell((int) rq, (int) rr);
  }

  /**
   * The hexagon's corners, counter-clockwise from the east-north-east one, the first repeated at
   * the end.
   */
  public List<LatLon> ring(Cell c) {
    double cx = radiusMetres * Math.sqrt(3) * (c.q() + c.r() / 2.0);
    double cy = radiusMetres * 1.5 * c.r();
    List<LatLon> ring = new ArrayList<>(7);
    for (int i = 0; i <= 6; i++) {
      double a = Math.toRadians(30 + 60 * (i % 6));
      ring.add(
          new LatLon(lat(cy + radiusMetres * Math.sin(a)), lon(cx + radiusMetres * Math.cos(a))));
    }
    return ring;
  }

  private double x(double lon) {
    return EARTH_RADIUS_METRES
        * Math.toRadians(lon - origin.lon())
        * Math.cos(Math.toRadians(origin.lat()));
  }

  private double y(double lat) {
    return EARTH_RADIUS_METRES * Math.toRadians(lat - origin.lat());
  }

  private double lon(double x) {
    return origin.lon()
        + Math.toDegrees(x / EARTH_RADIUS_METRES / Math.cos(Math.toRadians(origin.lat())));
  }

  private double lat(double y) {
    return origin.lat() + Math.toDegrees(y / EARTH_RADIUS_METRES);
  }
}
