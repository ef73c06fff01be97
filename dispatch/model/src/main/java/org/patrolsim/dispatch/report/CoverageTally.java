// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;

/**
 * The coverage samples of a run, folded as they come: the share of road and the share of expected
 * calls within target, over the call period and by hour of day. The day's demand-weighted coverage
 * weighs each sample by the calls expected in its hour, so the quiet night hours count for what
 * they hold of the day's calls; the road share stays a plain mean over time.
 */
final class CoverageTally {
  private double[] road = new double[64];
  private int samples;
  private double weightedDemand;
  private double weights;
  private final double[] roadByHour = new double[24];
  private final double[] demandByHour = new double[24];
  private final int[] samplesByHour = new int[24];

  void add(DispatchEvent.CoverageSampled c) {
    if (samples == road.length) {
      road = Arrays.copyOf(road, samples * 2);
    }
    road[samples++] = c.share();
    weightedDemand += c.expectedCallsPerHour() * c.demandShare();
    weights += c.expectedCallsPerHour();
    int h = (int) Math.floorMod(c.timeMs() / 3_600_000L, 24L);
    roadByHour[h] += c.share();
    demandByHour[h] += c.demandShare();
    samplesByHour[h]++;
  }

  int samples() {
    return samples;
  }

  /** The share of road within target, averaged over the samples (over time). */
  double meanRoadShare() {
    return Arrays.stream(road, 0, samples).average().orElse(0);
  }

  /**
   * The share of the expected calls within target: each sample weighted by its hour's expected
   * calls.
   */
  double demandShare() {
    return weights > 0 ? weightedDemand / weights : 0;
  }

  /** Per hour of day with samples: the hour, its samples, and its mean road and demand shares. */
  List<Map<String, Object>> byHour() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      if (samplesByHour[h] == 0) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("hour", h);
      m.put("samples", samplesByHour[h]);
      m.put("road", RunReport.round(roadByHour[h] / samplesByHour[h]));
      m.put("demand", RunReport.round(demandByHour[h] / samplesByHour[h]));
      out.add(m);
    }
    return out;
  }
}
