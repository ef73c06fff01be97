// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

/**
 * Everything an upward search from one node settles, in settling order: node, weight and travel
 * time from (or, backward, to) the start node, and the entry it was reached from with the CH edge
 * used (for rebuilding a path). Immutable once built.
 */
record SearchSpace(int[] nodes, double[] weights, double[] millis, int[] parents, int[] chEdges) {

  int size() {
    return nodes.length;
  }
}
