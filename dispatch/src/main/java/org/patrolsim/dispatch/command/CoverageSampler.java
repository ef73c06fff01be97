// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.command;

import java.util.List;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.protocol.ToCommand;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.sim.Context;

/**
 * Samples coverage (the share of the road network within the target time of a free patrol car, at
 * urgent response speed) so that its mean estimates the average over the call period without aliasing:
 * the period is cut into strata of {@code report.coverageSampleMinutes} and each stratum is sampled
 * once at a random instant inside it (stratified sampling). Samples can then never line up with shift
 * changes or meal times, and an hour without a free car weighs exactly its share of the day.
 */
final class CoverageSampler {
  private final CityModel model;
  private final long strataMs;
  private final double targetSeconds;
  private long stratum;
  /** Per road segment: the covered fractions summed over the samples so far. */
  private final double[] perSegment;
  private int samples;

  CoverageSampler(CityModel model) {
    this.model = model;
    this.strataMs = Math.max(1, Math.round(model.scenario().report().coverageSampleMinutes() * 60_000));
    this.targetSeconds = model.scenario().report().coverageTargetMinutes() * 60;
    this.perSegment = new double[model.network().edgeCount()];
  }

  void start(Context<Msg> ctx) {
    stratum = -1;
    scheduleNext(ctx);
  }

  void sample(List<NetworkPosition> freeCars, Context<Msg> ctx) {
    double share = freeCars.isEmpty() ? 0 : model.travelTimes().shareOfRoadWithin(freeCars, targetSeconds,
        model.response().carResponse(Priority.URGENT, ctx.now()), perSegment);
    samples++;
    ctx.emit(new DispatchEvent.CoverageSampled(ctx.now(), share));
    scheduleNext(ctx);
  }

  /** Emits coverage per road segment: each segment's share of the samples, at the end of the run. */
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
