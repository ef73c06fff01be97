// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import java.util.Locale;

/**
 * Whether a point can be placed on the road network, and if not, why: {@link RoadNetwork#check}.
 * Distances are straight-line metres from the point to the nearest point of a road.
 */
public sealed interface SnapCheck {

  /** One line in words, e.g. for {@code patrolsim map check} or an error message. */
  String reason();

  /** Whether the point snaps (then {@link OnNetwork#position()} is where). */
  default boolean snaps() {
    return this instanceof OnNetwork;
  }

  /**
   * The point snaps to a road of the routable network.
   *
   * @param droppedRoadMetres the distance to a nearer road that was dropped at import as a small
   *     disconnected piece, or NaN when no dropped road is nearer than the one snapped to
   */
  record OnNetwork(NetworkPosition position, double metres, double droppedRoadMetres)
      implements SnapCheck {
    @Override
    public String reason() {
      String at = "snaps to a road " + SnapCheck.metres(metres) + " away";
      return Double.isNaN(droppedRoadMetres)
          ? at
          : at
              + " (a nearer road, "
              + SnapCheck.metres(droppedRoadMetres)
              + " away, was dropped at import as a small disconnected piece)";
    }
  }

  /**
   * No road of the routable network within {@link RoadNetwork#MAX_SNAP_METRES}, but a road within
   * it that GraphHopper dropped at import because it belongs to a small piece not connected both
   * ways to the rest (fewer than its minimum network size of junctions).
   *
   * @param pieceRoadSegments road segments of that piece
   * @param networkMetres the distance to the nearest road of the routable network, or NaN when none
   *     is near enough to be found
   */
  record NearDroppedPiece(double metres, int pieceRoadSegments, double networkMetres)
      implements SnapCheck {
    @Override
    public String reason() {
      return "the nearest road, "
          + SnapCheck.metres(metres)
          + " away, was dropped at import as a small disconnected piece ("
          + pieceRoadSegments
          + " road segment"
          + (pieceRoadSegments == 1 ? "" : "s")
          + " that cars cannot both enter and leave); "
          + SnapCheck.network(networkMetres);
    }
  }

  /**
   * No road at all within {@link RoadNetwork#MAX_SNAP_METRES}.
   *
   * @param networkMetres the distance to the nearest road of the routable network, or NaN when none
   *     is near enough to be found
   * @param insideBounds whether the point lies inside the network's bounding box
   */
  record OffNetwork(double networkMetres, boolean insideBounds) implements SnapCheck {
    @Override
    public String reason() {
      return "no road within "
          + (int) RoadNetwork.MAX_SNAP_METRES
          + " m ("
          + SnapCheck.network(networkMetres)
          + (insideBounds ? "" : "; the point lies outside the map's bounding box")
          + ")";
    }
  }

  private static String network(double networkMetres) {
    return Double.isNaN(networkMetres)
        ? "no road of the routable network nearby"
        : "the nearest road of the routable network is " + metres(networkMetres) + " away";
  }

  /** Whole metres below 10 km ("24 m", "1240 m"), else km with one decimal ("12.3 km"). */
  static String metres(double m) {
    return m < 10_000
        ? String.format(Locale.ROOT, "%.0f m", m)
        : String.format(Locale.ROOT, "%.1f km", m / 1000);
  }
}
