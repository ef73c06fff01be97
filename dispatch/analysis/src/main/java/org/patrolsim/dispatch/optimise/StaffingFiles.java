// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.patrolsim.dispatch.sweep.SweepFiles;

/**
 * The {@code staffing} section of optimise.json and the console's cars-per-hour lines
 * (docs/SCENARIO.md).
 */
public final class StaffingFiles {
  private StaffingFiles() {}

  /** optimise.json's {@code staffing} section. */
  static Map<String, Object> json(StaffingReport r, PostPlan chosen) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "method",
        "per hour an Erlang loss system (Erlang B), marginal allocation of part-day shifts (Fox"
            + " 1966), then single-car moves between shifts");
    m.put("carHours", SweepFiles.number(r.budget().carHours()));
    m.put("mostOnDuty", r.budget().mostOnDuty());
    m.put("shiftGroups", r.budget().mostGroups());
    m.put("busyMinutesPerCall", SweepFiles.number(r.tau() * 60));
    m.put("reach", SweepFiles.number(r.reach()));
    m.put("callsPerDay", SweepFiles.number(r.callsPerDay()));
    m.put("callsByHour", r.callsByHour().stream().map(SweepFiles::number).toList());
    m.put("start", entry(r.start()));
    m.put("candidates", r.candidates().stream().map(StaffingFiles::entry).toList());
    List<Object> curve = new ArrayList<>();
    for (StaffingReport.Entry e : r.curve()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("vehicles", e.staffing().vehicles());
      one.put("carHours", SweepFiles.number(e.staffing().carHours()));
      one.put("lostCallsPerDay", SweepFiles.number(e.lostCalls()));
      curve.add(one);
    }
    m.put("curve", curve);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("plan", chosen.name());
    c.put("carsByHour", hours(Staffing.of(chosen).carsByHour()));
    m.put("chosen", c);
    return m;
  }

  private static Map<String, Object> entry(StaffingReport.Entry e) {
    Staffing s = e.staffing();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("plan", e.plan());
    m.put("vehicles", s.vehicles());
    List<Object> shifts = new ArrayList<>();
    for (Staffing.Shift x : s.shifts()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("startHour", x.startHour());
      one.put("hours", x.hours());
      one.put("cars", x.cars());
      shifts.add(one);
    }
    m.put("extraShifts", shifts);
    m.put("carHours", SweepFiles.number(s.carHours()));
    m.put("carsByHour", hours(s.carsByHour()));
    m.put("lostCallsPerDay", SweepFiles.number(e.lostCalls()));
    return m;
  }

  private static List<Double> hours(double[] c) {
    List<Double> out = new ArrayList<>();
    for (double v : c) {
      out.add(SweepFiles.number(v));
    }
    return out;
  }

  /** The cars on duty in each hour of {@code plan}, 00:00 first, as one line of 24 numbers. */
  public static String carsByHourLine(PostPlan plan) {
    StringBuilder b = new StringBuilder();
    for (double c : Staffing.of(plan).carsByHour()) {
      b.append(b.isEmpty() ? "" : " ");
      b.append(
          c == Math.rint(c) ? String.valueOf((long) c) : String.format(Locale.ROOT, "%.1f", c));
    }
    return b.toString();
  }
}
