// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube.bridge;

import java.util.List;
import org.patrolsim.geo.network.NetworkPosition;

/**
 * One atom of a plan's hypercube: the incident places that share one preference order (the cars by
 * road time from their homes, ties by car name, as the command centre ranks them).
 *
 * @param share the share of all calls that fall at these places
 * @param preference unit indexes (car order), most preferred first; every unit once
 * @param travelMinutes [n]: the mean road time from unit n's home to these places, weighted by
 *     their probabilities, at the plan's mean travel conditions (+Infinity where unit n cannot
 *     reach one)
 * @param places the incident places of this atom, in pool order
 */
public record PlanAtom(
    double share, int[] preference, double[] travelMinutes, List<NetworkPosition> places) {
  public PlanAtom {
    preference = preference.clone();
    travelMinutes = travelMinutes.clone();
    places = List.copyOf(places);
  }

  @Override
  public int[] preference() {
    return preference.clone();
  }

  @Override
  public double[] travelMinutes() {
    return travelMinutes.clone();
  }
}
