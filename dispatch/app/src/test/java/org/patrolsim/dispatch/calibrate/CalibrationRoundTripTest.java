// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.patrolsim.dispatch.records.CadRecords;
import org.patrolsim.dispatch.records.SimulatedCadExport;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.dispatch.testing.DemoCityRuns;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.TestMaps;

/**
 * The acceptance round trip: the default scenario (known parameters) is run for two days, written
 * as a CAD export ({@link SimulatedCadExport}), calibrated back, and each fitted value lies within
 * a tolerance of the truth, on two seeds. Repeat calls are switched off (they add calls the arrival
 * truth does not hold) and coverage is sampled hourly (it does not touch the calls). Every
 * tolerance is four standard errors of the fit at the sample size seen (a false alarm about once in
 * 16,000 per check), plus, for times, the one second the export loses by writing whole seconds:
 *
 * <ul>
 *   <li>calls a day: Poisson, SE = sqrt(total) / days;
 *   <li>each hour's weight and each type's share: binomial, SE = sqrt(p (1 - p) / n) (x 24 for the
 *       weights);
 *   <li>call handling, log-normal: SE of ln(median) = sigma / sqrt(n), of ln(p90) = sigma sqrt((1 +
 *       z90^2 / 2) / n), with the truth's sigma;
 *   <li>time on scene: the model draws an Erlang-2 around the type's mean; a log-normal fitted to
 *       it by maximum likelihood has the mean exp(psi(2) + psi'(2) / 2) / 2 = 1.0535 times the
 *       truth's (psi the digamma function), with a relative SE of sqrt((psi'(2) + psi'(2)^2 / 2) /
 *       n) = 0.924 / sqrt(n).
 * </ul>
 *
 * Car turnout is 0 in the default scenario: most first units are en route at dispatch, so the fit
 * is no turnout. Self-initiated work is not in this export (no call is marked): the test checks it
 * is reported as not fitted. Travel is fitted from the units' positions at dispatch the export
 * writes; its tolerances are explained at {@link #assertTravel}.
 */
@IntegrationTest
class CalibrationRoundTripTest {
  static final int DAYS = 2;

  /**
   * exp(psi(2) + psi'(2) / 2) / 2: a log-normal's mean fitted to Erlang-2 data, over the data's
   * mean.
   */
  static final double ERLANG2_LOGNORMAL_MEAN = Math.exp(0.4227843351 + 0.6449340668 / 2) / 2;

  static DemoCityRuns runs;

  @TempDir Path dir;

  @BeforeAll
  static void open() {
    runs = new DemoCityRuns();
  }

  @AfterAll
  static void close() {
    runs.close();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void theDefaultScenarioCalibratesBackWithinItsSamplingError(long seed) {
    SimulatedCadExport.Export export =
        SimulatedCadExport.run(
            runs,
            dir,
            "seed=" + seed,
            "days=" + DAYS,
            "incidents.types[0].repeatChance=0",
            "incidents.types[2].repeatChance=0",
            "report.coverageSampleMinutes=60");
    Scenario truth = ScenarioLoader.loadDefault(List.of()).scenario();
    CadRecords records = export.read();
    assertThat(records.problems().total()).isZero();
    Calibration c =
        Calibrator.calibrate(
            records.calls(),
            Window.of(records.calls()),
            0,
            truth.fleet().vehicles() * 24.0,
            new NetworkRoutes(runs.model().network()));
    Map<String, Fit> fits = new java.util.HashMap<>();
    c.fits().forEach(f -> fits.put(f.name(), f));
    int n = c.calls();

    double perDay = truth.incidents().perDay();
    assertThat((Double) fits.get("arrivals.perDay").value())
        .isCloseTo(perDay, within(4 * Math.sqrt(perDay * DAYS) / DAYS));

    List<Double> profile = truth.incidents().hourlyProfile();
    double sum = profile.stream().mapToDouble(Double::doubleValue).sum();
    @SuppressWarnings("unchecked")
    List<Double> fitted = (List<Double>) fits.get("arrivals.hourlyProfile").value();
    for (int h = 0; h < 24; h++) {
      double p = profile.get(h) / sum;
      assertThat(fitted.get(h))
          .as("hour %d", h)
          .isCloseTo(24 * p, within(24 * 4 * Math.sqrt(p * (1 - p) / n)));
    }

    double shares =
        truth.incidents().types().stream().mapToDouble(Scenario.IncidentType::share).sum();
    @SuppressWarnings("unchecked")
    Map<String, Double> mix = (Map<String, Double>) fits.get("mix.types").value();
    for (Scenario.IncidentType t : truth.incidents().types()) {
      double p = t.share() / shares;
      assertThat(mix.get(t.name()))
          .as(t.name())
          .isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / n) + 1e-4));
    }

    Scenario.PerPriority handling = truth.response().callHandlingSeconds();
    Map<String, Scenario.Spread> spreads =
        Map.of("urgent", handling.urgent(), "normal", handling.normal(), "low", handling.low());
    spreads.forEach(
        (priority, s) -> {
          Fit f = fits.get("callHandling." + priority);
          double sigma = Math.log(s.p90() / s.median()) / LogNormal.Z90;
          double se = sigma / Math.sqrt(f.n());
          double seP90 = sigma * Math.sqrt((1 + LogNormal.Z90 * LogNormal.Z90 / 2) / f.n());
          @SuppressWarnings("unchecked")
          Map<String, Double> v = (Map<String, Double>) f.value();
          assertThat(v.get("median"))
              .as(priority + " median")
              .isCloseTo(s.median(), within(s.median() * (Math.exp(4 * se) - 1) + 1));
          assertThat(v.get("p90"))
              .as(priority + " p90")
              .isCloseTo(s.p90(), within(s.p90() * (Math.exp(4 * seP90) - 1) + 1));
        });

    // one-unit types: the first unit's time on scene is the incident's (a violent call's two units
    // share it)
    for (Scenario.IncidentType t : truth.incidents().types()) {
      if (t.unitsNeeded() != 1) {
        continue;
      }
      Fit f = fits.get("onScene." + t.name());
      double mean = ((Number) f.details().get("mean")).doubleValue();
      double truthMean =
          t.onSceneMinutes().mean(); // the default types' form: an Erlang-2 around a mean
      assertThat(mean)
          .as(t.name() + " on scene")
          .isCloseTo(
              ERLANG2_LOGNORMAL_MEAN * truthMean,
              within(ERLANG2_LOGNORMAL_MEAN * truthMean * 4 * 0.924 / Math.sqrt(f.n()) + 0.1));
    }

    // the default cars move off at dispatch (carTurnoutSeconds 0); only station teams, first now
    // and then, take time
    assertThat(fits.get("carTurnout").value()).isEqualTo(Map.of("median", 0.0, "p90", 0.0));
    assertThat(c.notFitted())
        .extracting(NotFitted::name)
        .contains("selfInitiated")
        .doesNotContain("travel");
    assertTravel(fits, truth);
  }

  /**
   * A plan whose urgent cars drive at 0.7 x the map's speed (30 % slower, the back-test's failing
   * case) calibrates back to 0.7 x, the other priorities and the congestion as in the default
   * scenario; same tolerances as {@link #assertTravel}.
   */
  @org.junit.jupiter.api.Test
  void slowerUrgentCarsAreRecoveredAsTheirSpeedFactor() {
    SimulatedCadExport.Export export =
        SimulatedCadExport.run(
            runs,
            dir,
            "seed=1",
            "days=" + DAYS,
            "response.speedFactor.urgent=0.7",
            "report.coverageSampleMinutes=60");
    Scenario truth =
        ScenarioLoader.loadDefault(List.of("response.speedFactor.urgent=0.7")).scenario();
    CadRecords records = export.read();
    Calibration c =
        Calibrator.calibrate(
            records.calls(),
            Window.of(records.calls()),
            0,
            truth.fleet().vehicles() * 24.0,
            new NetworkRoutes(runs.model().network()));
    Map<String, Fit> fits = new java.util.HashMap<>();
    c.fits().forEach(f -> fits.put(f.name(), f));
    assertThat(truth.response().speedFactor().urgent()).isEqualTo(0.7);
    assertTravel(fits, truth);
  }

  /**
   * Travel against the truth. The export gives each first unit's position at dispatch, which the
   * fit routes from on the same network, at free flow, as the simulation times a car's route before
   * its speed factor and congestion; so each drive's ratio recorded / routed is the truth's
   * congestion over speed factor, but for the whole seconds the export writes, a moving car snapped
   * back to a standing one, and the odd first unit that is a station team. The tolerances take that
   * spread from the fit itself: its goodness g, the median |ln(recorded / predicted)|, gives sigma
   * = 1.4826 g (the MAD of a normal), and a median of n such logs has the SE 1.2533 sigma /
   * sqrt(n). Each value is the median of its own drives over the free-flow reference (the median
   * pooled over the quietest quarter of the fitted hours, at least MIN_DRIVES drives in each), so
   * its ln SE is 1.2533 sigma (1 / sqrt(n) + 1 / sqrt(n_reference)); the tolerance is four of
   * those, plus one hour's SE (1.2533 sigma / sqrt(MIN_DRIVES)) for the reference being the lowest
   * of the noisy hours.
   *
   * <ul>
   *   <li>speed factors: within that of the truth's, per priority;
   *   <li>congestion: the simulation applies the multiplier at the instant of departure,
   *       interpolated linearly between the profile's hour middles, while the fit bins the drives
   *       by the hour they started: an hour's median lies between the lowest and the highest
   *       multiplier over that hour (its value at the start, middle and end), within the tolerance.
   *       An hour with fewer than MIN_DRIVES drives is 1.0 by construction. The shape: the morning
   *       and evening peaks (8, 17) are above the night (2) in the fit as in the truth.
   * </ul>
   */
  @SuppressWarnings("unchecked")
  static void assertTravel(Map<String, Fit> fits, Scenario truth) {
    Fit speed = fits.get("travel.speedFactor");
    Fit congestion = fits.get("travel.congestion");
    double sigma = 1.4826 * speed.goodness().value();
    Map<String, Number> drives = (Map<String, Number>) speed.details().get("drives");
    Map<String, Number> byHour = (Map<String, Number>) congestion.details().get("drivesByHour");
    long fittedHours =
        byHour.values().stream().filter(v -> v.intValue() >= TravelFit.MIN_DRIVES).count();
    long quietestQuarter = (fittedHours + 3) / 4; // of the fitted hours, rounded up
    double reference = 1 / Math.sqrt(quietestQuarter * (double) TravelFit.MIN_DRIVES);
    double lowestHour = 1.2533 * sigma / Math.sqrt(TravelFit.MIN_DRIVES);
    Scenario.SpeedFactors truthSpeed = truth.response().speedFactor();
    Map<String, Double> want =
        Map.of(
            "urgent", truthSpeed.urgent(), "normal", truthSpeed.normal(), "low", truthSpeed.low());
    Map<String, Double> fitted = (Map<String, Double>) speed.value();
    want.forEach(
        (p, v) -> {
          double ln =
              4 * 1.2533 * sigma * (1 / Math.sqrt(drives.get(p).doubleValue()) + reference)
                  + lowestHour;
          assertThat(fitted.get(p))
              .as("speed factor " + p)
              .isCloseTo(v, within(v * (Math.exp(ln) - 1)));
        });
    List<Double> c = (List<Double>) congestion.value();
    assertThat(truth.response().congestion()).isEqualTo("weekday");
    org.patrolsim.geo.network.CongestionProfile profile =
        org.patrolsim.geo.network.CongestionProfile.typicalWeekday();
    for (int h = 0; h < 24; h++) {
      int n = byHour.get(String.format(java.util.Locale.ROOT, "%02d", h)).intValue();
      if (n < TravelFit.MIN_DRIVES) {
        assertThat(c.get(h)).as("hour %d, %d drives", h, n).isEqualTo(1.0);
        continue;
      }
      double start = (profile.multiplier(h - 1) + profile.multiplier(h)) / 2;
      double end = (profile.multiplier(h) + profile.multiplier(h + 1)) / 2;
      double lo = Math.min(profile.multiplier(h), Math.min(start, end));
      double hi = Math.max(profile.multiplier(h), Math.max(start, end));
      double ln = 4 * 1.2533 * sigma * (1 / Math.sqrt(n) + reference) + lowestHour;
      assertThat(c.get(h))
          .as("congestion at hour %d, %d drives", h, n)
          .isBetween(lo * Math.exp(-ln), hi * Math.exp(ln));
    }
    assertThat(Math.min(c.get(8), c.get(17))).as("peaks over night").isGreaterThan(c.get(2));
  }

  /**
   * The command on a simulated export of the demo city: the records mapping it writes reads, the
   * scenario names no file map.
   */
  @org.junit.jupiter.api.Test
  void theCommandCalibratesASimulatedExportOnTheDemoCity() throws Exception {
    SimulatedCadExport.Export export =
        SimulatedCadExport.run(runs, dir, "seed=3", "days=1", "report.coverageSampleMinutes=60");
    Path base = dir.resolve("base.yaml");
    String defaults;
    try (var in = ScenarioLoader.class.getResourceAsStream(ScenarioLoader.BUNDLED.get("default"))) {
      defaults = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    // the default scenario with the tests' graph cache, so the demo city is not imported again
    java.nio.file.Files.writeString(
        base,
        defaults.replace(
            "  osm: null", "  osm: null\n  cacheDir: " + TestMaps.CACHE.toAbsolutePath()));
    Path out = dir.resolve("cal");
    int exit =
        org.patrolsim.dispatch.cli.PatrolSim.execute(
            "calibrate",
            export.yaml().toString(),
            "--map",
            "demo-city",
            "--scenario",
            base.toString(),
            "--out",
            out.toString());
    assertThat(exit).isZero();
    Scenario s = ScenarioLoader.load(out.resolve(CalibrationFiles.SCENARIO), List.of()).scenario();
    assertThat(s.map().osm()).isNull();
    assertThat(s.incidents().replay().file())
        .isEqualTo(export.csv().toAbsolutePath().normalize().toString());
    assertThat(s.incidents().perDay()).isEqualTo((double) export.run().timelines().size());
  }
}
