// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.patrolsim.geo.network.NetworkPosition;

/**
 * Where new incidents happen: a pool of road points spread over the whole network by road length,
 * and a pool per hotspot; a share of incidents falls in hotspots, chosen by weight. The pools are
 * fixed when the model is built (from the scenario seed), so the draws of the incident source
 * decide everything.
 */
public record IncidentPlaces(
    List<NetworkPosition> everywhere,
    List<List<NetworkPosition>> hotspots,
    double[] hotspotWeights,
    double hotspotShare) {

  /**
   * The probability that a call falls at each place, in pool order (the whole-map pool, then each
   * hotspot's): the distribution {@link #draw} samples. A place in several pools adds up its
   * shares; a place of the whole-map pool has probability 0 when every call falls in a hotspot.
   */
  public Map<NetworkPosition, Double> probabilities() {
    Map<NetworkPosition, Double> p = new LinkedHashMap<>();
    boolean hot = !hotspots.isEmpty();
    double everywhereShare = hot ? 1 - hotspotShare : 1;
    for (NetworkPosition place : everywhere) {
      p.merge(place, everywhereShare / everywhere.size(), Double::sum);
    }
    double total = 0;
    for (double w : hotspotWeights) {
      total += w;
    }
    for (int i = 0; i < hotspots.size(); i++) {
      List<NetworkPosition> pool = hotspots.get(i);
      for (NetworkPosition place : pool) {
        p.merge(place, hotspotShare * hotspotWeights[i] / total / pool.size(), Double::sum);
      }
    }
    return p;
  }

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
