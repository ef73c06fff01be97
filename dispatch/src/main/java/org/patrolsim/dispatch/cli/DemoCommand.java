// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.Bounds;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.geo.network.Route;
import org.patrolsim.geo.network.TravelConditions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code patrolsim demo}: the bundled demo city and a few travel times on it. Until the simulation
 * exists this is what the Quick start shows; it generates, imports and caches the city on first use.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Show the bundled demo city and sample travel times (generated and cached on first use).")
final class DemoCommand implements Callable<Integer> {
  @Mixin MapSource map;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    err.println("patrolsim: loading " + map.name() + " (the first run generates and imports it, under a minute)...");
    err.flush();
    long start = System.nanoTime();
    try (RoadNetwork net = map.load()) {
      Bounds b = net.bounds();
      out.printf(Locale.ROOT, "%s: %,d nodes, %,d road segments, %.1f x %.1f km (ready in %.1f s)%n",
          map.name(), net.nodeCount(), net.edgeCount(),
          (b.maxLon() - b.minLon()) * 111.32 * Math.cos(Math.toRadians(b.centre().lat())),
          (b.maxLat() - b.minLat()) * 111.32, (System.nanoTime() - start) / 1e9);
      List<String> allNames = List.of("centre", "north-west", "north-east", "south-west", "south-east");
      List<String> names = new ArrayList<>();
      List<NetworkPosition> places = new ArrayList<>();
      double[][] spots = {{0.5, 0.5}, {0.85, 0.15}, {0.85, 0.85}, {0.15, 0.15}, {0.15, 0.85}};
      for (int i = 0; i < spots.length; i++) {
        LatLon p = new LatLon(b.minLat() + spots[i][0] * (b.maxLat() - b.minLat()),
            b.minLon() + spots[i][1] * (b.maxLon() - b.minLon()));
        var snapped = net.snap(p);
        if (snapped.isPresent() || i == 0) {
          names.add(allNames.get(i));
          places.add(snapped.orElseGet(() -> net.snap(b.centre()).orElseThrow(
              () -> new GeoUserError(map.name() + ": no road near the centre of the map"))));
        }
      }
      out.println("Sample travel times by car (free flow; patrol pace 0.8; urgent response 1.25):");
      for (int i = 1; i < places.size(); i++) {
        Route r = net.travelTimes().route(places.get(i), places.get(0), TravelConditions.FREE_FLOW);
        double patrol = net.travelTimes().seconds(places.get(i), places.get(0), TravelConditions.FREE_FLOW.withSpeedFactor(0.8));
        double urgent = net.travelTimes().seconds(places.get(i), places.get(0), TravelConditions.FREE_FLOW.withSpeedFactor(1.25));
        out.printf(Locale.ROOT, "  %-10s -> centre: %5.1f km, %s (patrol %s, urgent %s)%n", names.get(i),
            r.metres() / 1000, minutes(r.seconds()), minutes(patrol), minutes(urgent));
      }
      List<NetworkPosition> cars = new ArrayList<>();
      for (int i = 0; i < 48; i++) {
        double fx = 0.1 + 0.8 * ((i * 7) % 48) / 47.0;
        double fy = 0.1 + 0.8 * ((i * 13) % 48) / 47.0;
        net.snap(new LatLon(b.minLat() + fy * (b.maxLat() - b.minLat()), b.minLon() + fx * (b.maxLon() - b.minLon())))
            .ifPresent(cars::add);
      }
      double[] eta = net.travelTimes().secondsTo(cars, places.get(0), TravelConditions.FREE_FLOW);
      int best = 0;
      for (int i = 1; i < eta.length; i++) {
        best = eta[i] < eta[best] ? i : best;
      }
      out.printf(Locale.ROOT, "Which of %d cars reaches the centre first? car %d at %s, in %s (one search)%n",
          cars.size(), best + 1, cars.get(best).point(), minutes(eta[best]));
    }
    out.flush();
    return 0;
  }

  private static String minutes(double seconds) {
    return Double.isInfinite(seconds) ? "unreachable"
        : String.format(Locale.ROOT, "%d min %02d s", (long) seconds / 60, Math.round(seconds) % 60);
  }
}
