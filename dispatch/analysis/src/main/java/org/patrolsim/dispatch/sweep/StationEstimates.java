// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.kpi.Kpi;

/**
 * One station's call-outs over replications: the teams it sent and its days without a call-out,
 * each a mean with its 95 % interval (the per-station numbers of summary.json's {@code stations},
 * which the KPI catalogue cannot carry because their count depends on the plan).
 */
public record StationEstimates(String id, Estimate callOuts, Estimate zeroCallOutDays) {

  /**
   * The numbers of one replication: per station, in summary order, its call-outs and zero call-out
   * days.
   */
  @SuppressWarnings("unchecked")
  static double[][] valuesOf(Map<String, Object> summary) {
    List<Object> stations = (List<Object>) summary.get("stations");
    double[][] values = new double[stations.size()][];
    for (int i = 0; i < values.length; i++) {
      Map<String, Object> st = (Map<String, Object>) stations.get(i);
      values[i] =
          new double[] {
            ((Number) st.get("callOuts")).doubleValue(),
            ((Number) st.get("zeroCallOutDays")).doubleValue()
          };
    }
    return values;
  }

  /** The stations' ids in summary order. */
  @SuppressWarnings("unchecked")
  static List<String> idsOf(Map<String, Object> summary) {
    return ((List<Object>) summary.get("stations"))
        .stream().map(o -> (String) ((Map<String, Object>) o).get("id")).toList();
  }

  /**
   * Estimates from {@code perReplication[r][station][0 call-outs | 1 zero days]}, stations in
   * {@code ids} order.
   */
  static List<StationEstimates> of(List<String> ids, double[][][] perReplication) {
    List<StationEstimates> out = new ArrayList<>();
    for (int s = 0; s < ids.size(); s++) {
      double[] callOuts = new double[perReplication.length];
      double[] zero = new double[perReplication.length];
      for (int r = 0; r < perReplication.length; r++) {
        callOuts[r] = perReplication[r][s][0];
        zero[r] = perReplication[r][s][1];
      }
      out.add(
          new StationEstimates(
              ids.get(s),
              Estimate.of(callOuts).within(Kpi.Unit.COUNT),
              Estimate.of(zero).within(Kpi.Unit.COUNT)));
    }
    return out;
  }
}
