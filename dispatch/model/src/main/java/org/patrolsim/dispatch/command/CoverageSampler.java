// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.command;

import java.util.ArrayList;
import java.util.List;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.protocol.ToCommand;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.TravelTimes.CoverageShares;
import org.patrolsim.geo.network.TravelTimes.PreparedDemand;
import org.patrolsim.geo.network.TravelTimes.Responders;
import org.patrolsim.sim.Context;

/**
 * Samples coverage as the field means it: the share of the road network, and the share of the
 * expected calls, that a free unit the policy would send could reach within the coverage target
 * counted from the call. Patrol cars (when the policy sends them) get the target less the typical
 * urgent call handling, at urgent response speed; station teams at their stations (when the policy
 * calls stations out) get the target less the typical urgent call handling and the typical turnout,
 * at their own speed; both with the congestion of the instant. One sweep per sample covers both
 * kinds, every unit and every place.
 *
 * <p>The call period is cut into strata of {@code report.coverageSampleMinutes} and each stratum is
 * sampled once at a random instant inside it (stratified sampling), so samples can never line up
 * with shift changes or meal times, and an hour without a free unit weighs exactly its share of the
 * day.
 */
final class CoverageSampler {
  private final CityModel model;
  private final long strataMs;
  private final double carSeconds;
  private final double teamSeconds;
  private final ExpectedCalls expected;
  private final PreparedDemand demand;
  private long stratum;

  /** Per road segment: the covered fractions summed over the samples so far. */
  private final double[] perSegment;

  private int samples;

  CoverageSampler(CityModel model) {
    this.model = model;
    this.strataMs =
        Math.max(1, Math.round(model.scenario().report().coverageSampleMinutes() * 60_000));
    double target = model.scenario().report().coverageTargetMinutes() * 60;
    this.carSeconds = target - model.response().typicalHandlingSeconds(Priority.URGENT);
    this.teamSeconds = carSeconds - model.response().typicalTurnoutSeconds();
    this.expected = ExpectedCalls.of(model);
    this.demand = model.travelTimes().prepare(expected.places());
    this.perSegment = new double[model.network().edgeCount()];
  }

  void start(Context<Msg> ctx) {
    stratum = -1;
    scheduleNext(ctx);
  }

  /**
   * @param freeCars where the free patrol cars are
   * @param freeTeams the positions of the stations that have a free duty team
   */
  void sample(List<NetworkPosition> freeCars, List<NetworkPosition> freeTeams, Context<Msg> ctx) {
    List<Responders> kinds = new ArrayList<>(2);
    if (model.policy().sendsPatrolCars()) {
      kinds.add(
          new Responders(
              freeCars, carSeconds, model.response().carResponse(Priority.URGENT, ctx.now())));
    }
    if (model.policy().callsOutStations()) {
      kinds.add(new Responders(freeTeams, teamSeconds, model.response().teamDrive(ctx.now())));
    }
    CoverageShares shares = model.travelTimes().coverage(kinds, demand, perSegment);
    samples++;
    ctx.emit(
        new DispatchEvent.CoverageSampled(
            ctx.now(), shares.road(), shares.demand(), expected.perHourAt(ctx.now())));
    scheduleNext(ctx);
  }

  /**
   * Emits coverage per road segment: each segment's share of the samples, at the end of the run.
   */
  void finish(Context<Msg> ctx) {
    double[] share = new double[perSegment.length];
    for (int i = 0; i < share.length; i++) {
      share[i] = samples == 0 ? 0 : perSegment[i] / samples;
    }
    ctx.emit(new DispatchEvent.SegmentCoverage(ctx.now(), samples, share));
  }

  private void scheduleNext(Context<Msg> ctx) {
    stratum++;
    long at = stratum * strataMs + (long) Math.floor(ctx.random().nextDouble() * strataMs);
    if (at < model.callHorizonMs()) {
      ctx.schedule(at - ctx.now(), new ToCommand.SampleCoverage());
    }
  }
}
