// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;

/**
 * From local metres back to degrees: the inverse of the equirectangular projection around ({@code
 * lat0}, {@code lon0}) in which areas and hulls are computed ({@code x = (lon - lon0) * kx}, {@code
 * y = (lat - lat0) * metres per degree}).
 */
record Unproject(double lat0, double lon0, double kx) implements CoordinateSequenceFilter {
  static final double M_PER_DEG = 111_320.0;

  @Override
  public void filter(CoordinateSequence seq, int i) {
    seq.setOrdinate(i, 0, lon0 + seq.getX(i) / kx);
    seq.setOrdinate(i, 1, lat0 + seq.getY(i) / M_PER_DEG);
  }

  @Override
  public boolean isDone() {
    return false;
  }

  @Override
  public boolean isGeometryChanged() {
    return true;
  }
}
