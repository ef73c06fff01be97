// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.network;

import com.graphhopper.routing.ch.ShortcutUnpacker;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.util.EdgeIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the base-graph edges of a path found by meeting a forward and a backward upward search.
 */
final class PathUnpacker {
  private final RoutingCHGraph ch;

  PathUnpacker(RoutingCHGraph ch) {
    this.ch = ch;
  }

  /**
   * The directed base edge keys from the forward space's start node, up to the meeting node (entry
   * {@code fwdIndex}) and down to the backward space's start node (entry {@code bwdIndex}).
   */
  List<Integer> baseEdgeKeys(SearchSpace fwd, int fwdIndex, SearchSpace bwd, int bwdIndex) {
    List<Integer> keys = new ArrayList<>();
    ShortcutUnpacker unpacker =
        new ShortcutUnpacker(ch, (edge, reverse, prev) -> keys.add(edge.getEdgeKey()), false);
    List<int[]> up = new ArrayList<>();
    for (int i = fwdIndex; fwd.parents()[i] >= 0; i = fwd.parents()[i]) {
      up.add(new int[] {fwd.chEdges()[i], fwd.nodes()[i]});
    }
    for (int j = up.size() - 1; j >= 0; j--) {
      unpacker.visitOriginalEdgesFwd(up.get(j)[0], up.get(j)[1], false, EdgeIterator.NO_EDGE);
    }
    for (int i = bwdIndex; bwd.parents()[i] >= 0; i = bwd.parents()[i]) {
      int towards = bwd.nodes()[bwd.parents()[i]];
      unpacker.visitOriginalEdgesFwd(bwd.chEdges()[i], towards, false, EdgeIterator.NO_EDGE);
    }
    return keys;
  }
}
