// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The sweep's chart: the plan's KPIs against the swept value, each as its mean with the 95 % interval as a
 * band, one panel per unit (shares in %, seconds, counts). Drawn with JFreeChart into JFreeSVG; the SVG's
 * ids use a fixed prefix, so the same sweep gives the same bytes.
 */
final class SweepChart {
  static final int WIDTH = 900;
  static final int PANEL_HEIGHT = 260;
  private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
      new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)};

  private SweepChart() {}

  static String svg(SweepResult result) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    SweepSetup setup = result.setup();
    XAxisValues x = XAxisValues.of(setup);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x.axis());
    plot.setGap(12);
    Map<Kpi.Unit, List<Kpi>> panels = new LinkedHashMap<>();
    for (Kpi k : setup.kpis()) {
      panels.computeIfAbsent(k.unit(), u -> new ArrayList<>()).add(k);
    }
    int colour = 0;
    for (Map.Entry<Kpi.Unit, List<Kpi>> panel : panels.entrySet()) {
      XYPlot p = panel(result, x, panel.getKey(), panel.getValue(), colour);
      colour += p.getDataset().getSeriesCount();
      plot.add(p);
    }
    String title = setup.plan().title() != null ? setup.plan().title()
        : "patrolsim sweep: " + String.join(" x ", x.names());
    JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 16), plot, true);
    chart.addSubtitle(new TextTitle("mean and 95 % interval over " + setup.replications()
        + " replications per variant (common random numbers); "
        + java.nio.file.Path.of(setup.variants().get(0).source()).getFileName(),
        new Font("SansSerif", Font.PLAIN, 12)));
    chart.setBackgroundPaint(Color.WHITE);
    int height = PANEL_HEIGHT * panels.size() + 140;
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
    g2.setDefsKeyPrefix("patrolsim-sweep");
    chart.draw(g2, new Rectangle(0, 0, WIDTH, height));
    return g2.getSVGDocument();
  }

  /** One panel: the KPIs of one unit, coloured from {@code firstColour} on so that no two legend entries share one. */
  private static XYPlot panel(SweepResult result, XAxisValues x, Kpi.Unit unit, List<Kpi> kpis, int firstColour) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    double scale = unit == Kpi.Unit.SHARE ? 100 : 1;
    for (Kpi k : kpis) {
      for (String group : x.groups()) {
        String name = k.label() + (group.isEmpty() ? "" : " (" + group + ")");
        YIntervalSeries series = new YIntervalSeries(name, false, true);
        for (VariantEstimates v : result.variants()) {
          if (!x.group(v.variant()).equals(group)) {
            continue;
          }
          Estimate e = v.kpi(k);
          if (Double.isFinite(e.mean())) {
            double low = e.hasInterval() ? e.low() : e.mean();
            double high = e.hasInterval() ? e.high() : e.mean();
            series.add(x.position(v.variant()), e.mean() * scale, low * scale, high * scale);
          }
        }
        data.addSeries(series);
      }
    }
    DeviationRenderer renderer = new DeviationRenderer(true, true);
    renderer.setAlpha(0.18f);
    for (int s = 0; s < data.getSeriesCount(); s++) {
      Color c = COLOURS[(firstColour + s) % COLOURS.length];
      renderer.setSeriesPaint(s, c);
      renderer.setSeriesFillPaint(s, c);
      renderer.setSeriesStroke(s, new BasicStroke(2f));
    }
    String unitWords = switch (unit) {
      case SHARE -> "%";
      case SECONDS -> "seconds";
      case COUNT -> "count";
    };
    NumberAxis y = new NumberAxis(kpis.size() == 1 && unit != Kpi.Unit.SHARE ? kpis.get(0).label() : unitWords);
    y.setAutoRangeIncludesZero(unit != Kpi.Unit.SECONDS);
    XYPlot plot = new XYPlot(data, null, y, renderer);
    plot.setBackgroundPaint(new Color(0xf7f7f7));
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    return plot;
  }

  /** The x axis: the first axis' values (by value when numeric), or the list's variants in order. */
  private record XAxisValues(List<String> names, ValueAxis axis, List<String> groups, SweepSetup setup) {

    static XAxisValues of(SweepSetup setup) {
      List<Axis> axes = setup.plan().axes();
      if (axes.isEmpty()) {
        String[] labels = setup.variants().stream().map(Variant::name).toArray(String[]::new);
        return new XAxisValues(List.of("variant"), new SymbolAxis("variant", labels), List.of(""), setup);
      }
      Axis first = axes.get(0);
      ValueAxis axis;
      if (first.numeric()) {
        NumberAxis n = new NumberAxis(first.path());
        n.setAutoRangeIncludesZero(false);
        if (first.values().stream().allMatch(com.fasterxml.jackson.databind.JsonNode::isIntegralNumber)) {
          n.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        axis = n;
      } else {
        axis = new SymbolAxis(first.path(), first.values().stream()
            .map(v -> new Setting(first.path(), v).valueText()).toArray(String[]::new));
      }
      List<String> groups = axes.size() == 1 ? List.of("")
          : axes.get(1).values().stream().map(v -> new Setting(axes.get(1).path(), v).toString()).toList();
      return new XAxisValues(axes.stream().map(Axis::path).toList(), axis, groups, setup);
    }

    double position(Variant v) {
      List<Axis> axes = setup.plan().axes();
      if (axes.isEmpty()) {
        return v.index();
      }
      Axis first = axes.get(0);
      var value = v.settings().get(0).value();
      return first.numeric() ? value.asDouble() : first.values().indexOf(value);
    }

    String group(Variant v) {
      return setup.plan().axes().size() < 2 ? "" : v.settings().get(1).toString();
    }
  }
}
