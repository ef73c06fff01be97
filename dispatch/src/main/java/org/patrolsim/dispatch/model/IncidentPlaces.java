// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.util.List;
import java.util.random.RandomGenerator;
import org.patrolsim.geo.network.NetworkPosition;

/**
 * Where new incidents happen: a pool of road points spread over the whole network by road length, and a
 * pool per hotspot; a share of incidents falls in hotspots, chosen by weight. The pools are fixed when
 * the model is built (from the scenario seed), so the draws of the incident source decide everything.
 */
public record IncidentPlaces(List<NetworkPosition> everywhere, List<List<NetworkPosition>> hotspots,
    double[] hotspotWeights, double hotspotShare) {

  public NetworkPosition draw(RandomGenerator random) {
    double u = random.nextDouble();
    if (!hotspots.isEmpty() && u < hotspotShare) {
      double total = 0;
      for (double w : hotspotWeights) {
        total += w;
      }
      double pick = random.nextDouble() * total;
      for (int i = 0; i < hotspots.size(); i++) {
        pick -= hotspotWeights[i];
        if (pick < 0 || i == hotspots.size() - 1) {
          List<NetworkPosition> pool = hotspots.get(i);
          return pool.get(random.nextInt(pool.size()));
        }
      }
    }
    return everywhere.get(random.nextInt(everywhere.size()));
  }
}
