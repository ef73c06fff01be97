// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.report.html.WebAssets;
import org.patrolsim.dispatch.sweep.SweepFiles;
import org.patrolsim.geo.LatLon;

/**
 * optimise.html: one self-contained page (Leaflet and Apache ECharts inlined from report.html's
 * {@link WebAssets}, optimise.json and {@link WhatMoved} embedded, a policy that forbids any
 * request) with the answer, every KPI's start, chosen and paired difference, the map of what moved,
 * the cars on duty by hour before and after, the trade-off curve, the confirmation table and the
 * search. No times: the same command and seed write the same bytes.
 */
public final class OptimisePage {
  public static final String HTML = "optimise.html";
  private static final String OWN = "org/patrolsim/dispatch/optimise/";
  private static final ObjectMapper COMPACT = new ObjectMapper();

  private OptimisePage() {}

  /**
   * The page of {@code r}, whose optimise.json holds {@code json}, and its chosen plan's {@code
   * moved}.
   */
  public static String html(Map<String, Object> json, OptimiseResult r, WhatMoved moved) {
    Map<String, Object> data = new LinkedHashMap<>(json);
    data.put("moved", moved(moved));
    data.put("decisions", SearchLog.decisions(r));
    Map<String, Object> kpis = new LinkedHashMap<>();
    for (Kpi k : KpiCatalogue.all()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("label", k.label());
      one.put("unit", k.unit().words());
      one.put("better", k.better().name().toLowerCase(java.util.Locale.ROOT));
      kpis.put(k.key(), one);
    }
    data.put("catalogue", kpis);
    String dataJson;
    try {
      dataJson = COMPACT.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("optimise.html's data must write", e);
    }
    return WebAssets.commandPage(
        "optimise",
        resource("optimise.css"),
        resource("optimise-body.html"),
        dataJson,
        resource("optimise.js"));
  }

  private static Map<String, Object> moved(WhatMoved moved) {
    List<Object> cars = new ArrayList<>();
    for (WhatMoved.Move m : moved.moves()) {
      Map<String, Object> car = new LinkedHashMap<>();
      car.put("car", m.car());
      car.put("from", point(m.from()));
      car.put("to", point(m.to()));
      car.put("moved", m.moved());
      cars.add(car);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("cars", cars);
    out.put("startCarsPerHour", numbers(moved.startCarsPerHour()));
    out.put("chosenCarsPerHour", numbers(moved.chosenCarsPerHour()));
    return out;
  }

  private static List<Double> point(LatLon p) {
    return p == null ? null : List.of(p.lat(), p.lon());
  }

  private static List<Double> numbers(double[] values) {
    List<Double> out = new ArrayList<>();
    for (double v : values) {
      out.add(SweepFiles.number(v));
    }
    return out;
  }

  private static String resource(String name) {
    return WebAssets.text(OptimisePage.class, OWN + name);
  }
}
