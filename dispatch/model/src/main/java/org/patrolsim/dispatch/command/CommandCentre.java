// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Action;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.CrewRoster;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.model.CarPlan;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.PatrolRounds;
import org.patrolsim.dispatch.model.StationSite;
import org.patrolsim.dispatch.policy.Candidate;
import org.patrolsim.dispatch.policy.Candidate.Availability;
import org.patrolsim.dispatch.policy.Decision;
import org.patrolsim.dispatch.policy.DispatchPolicy;
import org.patrolsim.dispatch.policy.DispatchRequest;
import org.patrolsim.dispatch.policy.StationOption;
import org.patrolsim.dispatch.protocol.Msg;
import org.patrolsim.dispatch.protocol.ToCar;
import org.patrolsim.dispatch.protocol.ToCommand;
import org.patrolsim.dispatch.protocol.ToSource;
import org.patrolsim.dispatch.protocol.ToStation;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.Role;
import org.patrolsim.dispatch.unit.TeamId;
import org.patrolsim.dispatch.unit.UnitId;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RankedSource;
import org.patrolsim.geo.network.TravelConditions;
import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;

/**
 * The city command centre: takes every call (after its call-handling time), ranks the patrol cars
 * by road time to the scene (the oracle's k nearest of each kind of car, positions interpolated
 * from the routes the cars reported), applies the dispatch policy, sends a backup where the
 * incident type needs one, keeps calls that find no unit waiting by priority then time, and
 * re-plans whenever a unit comes free. It follows every incident to its end ({@link Incident}),
 * decides its disposal when it clears and asks the incident source for the repeat call an unsettled
 * incident brings; once no more calls come, it ends the run as soon as the last incident has
 * cleared. Every decision is emitted with its reason and the best candidates weighed; the
 * incident's timeline events are emitted here too.
 */
public final class CommandCentre implements Entity<Msg> {
  private final CityModel model;
  private final DispatchPolicy policy;
  private final CarBoard cars;
  private final TeamBoard teams;
  private final Map<Long, Incident> open = new TreeMap<>();
  private final TreeSet<Need> waiting = new TreeSet<>();
  private final CoverageSampler coverage;
  private final CrewRoster crews;
  private boolean callsEnded;
  private final boolean presence;

  /** How many of the busiest segments the presence measures follow as hot spots. */
  static final int PRESENCE_HOTSPOTS = 20;

  public CommandCentre(CityModel model) {
    this.model = model;
    this.policy = model.policy();
    this.cars = new CarBoard(model.cars().stream().map(CarPlan::id).toList(), model.travelTimes());
    this.teams = new TeamBoard(model.stations());
    this.coverage = new CoverageSampler(model);
    this.crews = model.crews();
    this.presence = model.scenario().report().presence();
  }

  /** The plan's hot spots for the presence measures: its busiest segments for calls. */
  private DispatchEvent.PresencePlan presencePlan() {
    PatrolRounds rounds = PatrolRounds.of(model);
    double[] calls = rounds.callsBySegment();
    double total = java.util.Arrays.stream(calls).sum();
    int[] hot = rounds.busiest(PRESENCE_HOTSPOTS);
    double[] shares = new double[hot.length];
    for (int i = 0; i < hot.length; i++) {
      shares[i] = total > 0 ? calls[hot[i]] / total : 0;
    }
    return new DispatchEvent.PresencePlan(0, hot, shares);
  }

  @Override
  public void start(Context<Msg> ctx) {
    var s = model.scenario();
    ctx.emit(
        new DispatchEvent.RunStarted(
            0,
            s.seed(),
            s.days(),
            model.cars().size(),
            model.stations().stream().map(StationSite::id).toList(),
            s.dispatch().urgentTargetMinutes() * 60,
            s.report().coverageTargetMinutes() * 60,
            model.callHorizonMs(),
            model.streetCeiling(),
            model.response().hasCarTurnout(),
            s.fleet().selfInitiated() != null));
    if (presence) {
      ctx.emit(presencePlan());
    }
    coverage.start(ctx);
    ctx.schedule(model.callHorizonMs(), new ToCommand.CallsEnded());
  }

  @Override
  public void receive(Msg message, Context<Msg> ctx) {
    if (message instanceof ToCommand.Call c) {
      onCall(c, ctx);
    } else if (message instanceof ToCommand.CallHandled h) {
      onHandled(open.get(h.incident()), ctx);
    } else if (message instanceof ToCommand.CarStatus st) {
      cars.report(st);
      if (st.state() == UnitState.FREE) {
        replan(ctx);
      }
    } else if (message instanceof ToCommand.TeamFree f) {
      teams.release(f.team());
      replan(ctx);
    } else if (message instanceof ToCommand.UnitArrived a) {
      onArrived(a, ctx);
    } else if (message instanceof ToCommand.UnitDone d) {
      onDone(d, ctx);
    } else if (message instanceof ToCommand.SampleCoverage) {
      coverage.sample(
          cars.freePositions(ctx.now()),
          teams.withFreeTeam().stream().map(id -> model.station(id).position()).toList(),
          ctx);
    } else if (message instanceof ToCommand.CallsEnded) {
      callsEnded = true;
      stopWhenDrained(ctx);
    } else {
      throw new IllegalArgumentException("the command centre cannot handle " + message);
    }
  }

  @Override
  public void finish(Context<Msg> ctx) {
    for (Incident o : open.values()) {
      ctx.emit(new DispatchEvent.StillOpen(ctx.now(), o.id(), o.openState()));
    }
    coverage.finish(ctx);
    ctx.emit(new DispatchEvent.RunEnded(ctx.now()));
  }

  private void onCall(ToCommand.Call c, Context<Msg> ctx) {
    StationSite station = model.jurisdictionOf(c.scene().point());
    Incident o = new Incident(c.call(), c.scene(), station, c.fate());
    open.put(o.id(), o);
    ctx.emit(
        new DispatchEvent.CallReceived(
            ctx.now(),
            o.id(),
            c.call().lat(),
            c.call().lon(),
            c.call().type().name(),
            c.call().priority(),
            station.id(),
            c.fate().settleableAtBest(c.call().type(), crews.bestFactor()),
            c.call().repeatOf(),
            c.call().source()));
    if (presence) {
      ctx.emit(new DispatchEvent.CallSegment(ctx.now(), o.id(), c.scene().edge()));
    }
    long handling = model.response().handlingMs(o.priority(), c.fate().handlingDraw());
    ctx.schedule(handling, new ToCommand.CallHandled(o.id()));
  }

  private void onHandled(Incident o, Context<Msg> ctx) {
    o.handled();
    for (Role role : o.rolesWithoutUnit()) {
      plan(Need.of(o, role), true, ctx);
    }
  }

  /** Decides one need now; a need that must wait joins the queue (logged only the first time). */
  private void plan(Need need, boolean logWait, Context<Msg> ctx) {
    Incident o = open.get(need.incident());
    List<Candidate> candidates = weighCars(need, o, ctx.now());
    DispatchRequest request =
        new DispatchRequest(
            need.priority(),
            candidates,
            home(o, ctx.now()),
            others(o, ctx.now()),
            model.response().typicalHandlingSeconds(need.priority()));
    Decision d = policy.decide(request);
    List<DispatchEvent.Weighed> weighed = top(candidates);
    if (d instanceof Decision.Patrol p) {
      sendCar(need, o, p, weighed, ctx);
    } else if (d instanceof Decision.Station s) {
      callOut(need, o, s, request, weighed, ctx);
    } else if (d instanceof Decision.Wait w && waiting.add(need) && logWait) {
      ctx.emit(
          new DispatchEvent.Decided(
              ctx.now(),
              o.id(),
              Action.WAIT,
              null,
              need.role(),
              Double.NaN,
              Double.NaN,
              Double.NaN,
              0,
              w.reason(),
              weighed));
    }
  }

  /**
   * The cars that could go to this need, with their road times from where they are now: for each
   * kind of car (free, eating, driving to or working at a minor incident), the k nearest of that
   * kind. Only these and the best candidatesLogged of all can matter to the policy and the log.
   * Cars are numbered in name order, so the oracle's ties by number are ties by name. One pass over
   * the board gives each car its kind; the oracle then looks only at the cars near the scene
   * ({@link CarBoard#index()}).
   */
  private List<Candidate> weighCars(Need need, Incident o, long nowMs) {
    List<Candidate> out = new ArrayList<>();
    if (!policy.sendsPatrolCars()) {
      return out;
    }
    boolean urgent = need.priority() == Priority.URGENT;
    Availability[] kindOf = new Availability[cars.count()];
    int[] members = new int[Availability.values().length];
    for (int n = 0; n < kindOf.length; n++) {
      CarBoard.CarView v = cars.view(n);
      kindOf[n] = v == null ? null : availability(v, urgent, o);
      if (kindOf[n] != null) {
        members[kindOf[n].ordinal()]++;
      }
    }
    int k = model.scenario().dispatch().candidatesLogged();
    TravelConditions drive = model.response().carResponse(need.priority(), nowMs);
    for (Availability kind : Availability.values()) {
      if (members[kind.ordinal()] == 0) {
        continue;
      }
      for (RankedSource r :
          model
              .travelTimes()
              .nearest(
                  cars.index(),
                  nowMs,
                  n -> kindOf[n] == kind,
                  members[kind.ordinal()],
                  o.scene(),
                  k,
                  drive)) {
        CarBoard.CarView v = cars.view(r.source());
        Incident busy = v.incident() == 0 ? null : open.get(v.incident());
        out.add(
            new Candidate(
                cars.car(r.source()),
                r.seconds(),
                kind,
                busy == null ? null : busy.priority(),
                busy == null ? 0 : busy.id()));
      }
    }
    return out;
  }

  /**
   * Whether a car may be weighed for a need, and how: free; for urgent calls also eating or
   * pre-emptable.
   */
  private Availability availability(CarBoard.CarView v, boolean urgent, Incident o) {
    if (v.state() == UnitState.FREE) {
      return Availability.FREE;
    }
    if (!urgent) {
      return null;
    }
    if (v.state() == UnitState.MEAL_BREAK && model.scenario().fleet().urgentInterruptsMeal()) {
      return Availability.MEAL_BREAK;
    }
    if (!model.scenario().dispatch().preemption() || v.incident() == 0 || v.incident() == o.id()) {
      return null;
    }
    Incident busy = open.get(v.incident());
    if (busy == null || !busy.preemptable()) {
      return null;
    }
    return v.state() == UnitState.RESPONDING
        ? Availability.DRIVING
        : v.state() == UnitState.ON_SCENE ? Availability.ON_SCENE : null;
  }

  /** The jurisdiction's station: its free teams and, when it has one, when a team would arrive. */
  private StationOption home(Incident o, long nowMs) {
    StationSite st = o.station();
    int free = teams.freeAt(st.id());
    double road =
        free == 0
            ? Double.POSITIVE_INFINITY
            : model
                .travelTimes()
                .seconds(st.position(), o.scene(), model.response().teamDrive(nowMs));
    return new StationOption(st.id(), free, road, model.response().typicalTurnoutSeconds() + road);
  }

  /**
   * The other stations with a free team, when the policy may use them and the jurisdiction's has
   * none.
   */
  private List<StationOption> others(Incident o, long nowMs) {
    if (!policy.sendsNearestUnitWhenNoTeamFree() || teams.freeAt(o.station().id()) > 0) {
      return List.of();
    }
    List<StationSite> withTeams =
        model.stations().stream()
            .filter(s -> !s.id().equals(o.station().id()) && teams.freeAt(s.id()) > 0)
            .toList();
    if (withTeams.isEmpty()) {
      return List.of();
    }
    TravelConditions drive = model.response().teamDrive(nowMs);
    double[] secs =
        model
            .travelTimes()
            .secondsTo(withTeams.stream().map(StationSite::position).toList(), o.scene(), drive);
    List<StationOption> out = new ArrayList<>();
    for (int i = 0; i < secs.length; i++) {
      StationSite s = withTeams.get(i);
      out.add(
          new StationOption(
              s.id(),
              teams.freeAt(s.id()),
              secs[i],
              model.response().typicalTurnoutSeconds() + secs[i]));
    }
    return out;
  }

  private void sendCar(
      Need need,
      Incident o,
      Decision.Patrol p,
      List<DispatchEvent.Weighed> weighed,
      Context<Msg> ctx) {
    waiting.remove(need);
    NetworkPosition at = cars.view(p.car()).position(ctx.now());
    Incident displaced = p.preempted() == 0 ? null : open.get(p.preempted());
    Role displacedRole = displaced == null ? null : displaced.preempt(p.car(), ctx.now());
    if (displaced != null) {
      ctx.emit(
          new DispatchEvent.Preempted(
              ctx.now(), displaced.id(), p.car(), displaced.workCreditedMs()));
    }
    cars.sent(p.car(), at, o.id(), ctx.now());
    o.assign(need.role(), p.car());
    long turnout = model.response().carTurnoutMs(o.fate().turnoutDraw());
    ctx.send(
        CityModel.entityOf(p.car()), new ToCar.Assign(o.id(), o.scene(), need.priority(), turnout));
    ctx.emit(
        new DispatchEvent.Decided(
            ctx.now(),
            o.id(),
            Action.PATROL,
            p.car(),
            need.role(),
            at.point().lat(),
            at.point().lon(),
            p.roadSeconds(),
            p.preempted(),
            p.reason(),
            weighed));
    if (displaced != null) {
      plan(Need.of(displaced, displacedRole), true, ctx);
    }
  }

  private void callOut(
      Need need,
      Incident o,
      Decision.Station s,
      DispatchRequest request,
      List<DispatchEvent.Weighed> weighed,
      Context<Msg> ctx) {
    waiting.remove(need);
    TeamId team = teams.take(s.station());
    o.assign(need.role(), team);
    StationSite site = model.station(s.station());
    double road =
        s.station().equals(request.home().station())
            ? request.home().roadSeconds()
            : request.others().stream()
                .filter(x -> x.station().equals(s.station()))
                .findFirst()
                .orElseThrow()
                .roadSeconds();
    long turnout = model.response().turnoutMs(o.fate().turnoutDraw());
    ctx.send(
        CityModel.entityOf(s.station()), new ToStation.CallOut(team, o.id(), o.scene(), turnout));
    LatLon from = site.position().point();
    ctx.emit(
        new DispatchEvent.Decided(
            ctx.now(),
            o.id(),
            Action.STATION,
            team,
            need.role(),
            from.lat(),
            from.lon(),
            road,
            0,
            s.reason(),
            weighed));
  }

  private List<DispatchEvent.Weighed> top(List<Candidate> candidates) {
    return candidates.stream()
        .sorted(Comparator.comparingDouble(Candidate::roadSeconds).thenComparing(Candidate::car))
        .limit(model.scenario().dispatch().candidatesLogged())
        .map(c -> new DispatchEvent.Weighed(c.car(), c.roadSeconds(), describe(c)))
        .toList();
  }

  private static String describe(Candidate c) {
    return switch (c.availability()) {
      case FREE -> "free";
      case MEAL_BREAK -> "meal break";
      case DRIVING, ON_SCENE -> "busy " + c.busyWith().key() + " incident " + c.busyIncident();
    };
  }

  /** A unit came free: serve waiting needs in order of priority, then call time. */
  private void replan(Context<Msg> ctx) {
    for (Need need : new ArrayList<>(waiting)) {
      if (waiting.contains(need) && someUnitCouldGo(open.get(need.incident()))) {
        plan(need, false, ctx);
      }
    }
  }

  private boolean someUnitCouldGo(Incident o) {
    return (policy.sendsPatrolCars() && cars.anyFree())
        || teams.freeAt(o.station().id()) > 0
        || (policy.sendsNearestUnitWhenNoTeamFree() && teams.anyFree());
  }

  private void onArrived(ToCommand.UnitArrived a, Context<Msg> ctx) {
    Incident o = open.get(a.incident());
    if (o == null || !o.holds(a.unit())) {
      return; // a car taken off this incident in the same instant: its arrival no longer counts
    }
    boolean covered = o.arrive(a.unit(), ctx.now());
    ctx.emit(new DispatchEvent.Arrived(ctx.now(), o.id(), a.unit(), covered));
    if (covered) {
      o.startWork(ctx.now());
      long work = o.workLeftMs();
      for (UnitId unit : o.units()) {
        if (unit instanceof CarId car) {
          ctx.send(CityModel.entityOf(car), new ToCar.WorkOnScene(o.id(), work));
        } else if (unit instanceof TeamId team) {
          ctx.send(CityModel.entityOf(team.station()), new ToStation.TeamWork(team, o.id(), work));
        }
      }
    }
  }

  private void onDone(ToCommand.UnitDone d, Context<Msg> ctx) {
    Incident o = open.get(d.incident());
    if (o == null || !o.holds(d.unit())) {
      return;
    }
    if (o.done(d.unit())) {
      Disposal disposal =
          o.disposal(o.primary() instanceof CarId car ? crews.kindOf(car).settleFactor() : 1.0);
      ctx.emit(
          new DispatchEvent.Cleared(ctx.now(), o.id(), o.primary(), disposal, o.station().id()));
      open.remove(o.id());
      if (disposal != Disposal.STREET) {
        repeatIfDue(o, ctx);
      }
      stopWhenDrained(ctx);
    }
  }

  /**
   * An incident not settled on the street: if its fate brings a repeat call before the end of the
   * call period, the incident source is told to make it then (it numbers it and draws its fate). A
   * replay makes none: the recorded calls hold the repeats that happened.
   */
  private void repeatIfDue(Incident o, Context<Msg> ctx) {
    if (model.replay() != null) {
      return;
    }
    o.fate()
        .repeatAfterMs(o.call().type())
        .ifPresent(
            after -> {
              if (ctx.now() + after < model.callHorizonMs()) {
                ctx.send(
                    CityModel.SOURCE,
                    after,
                    new ToSource.RepeatCall(o.id(), o.call().type(), o.scene()));
              }
            });
  }

  /** After the call period, the run ends as soon as every incident has cleared. */
  private void stopWhenDrained(Context<Msg> ctx) {
    if (callsEnded && open.isEmpty()) {
      ctx.stop();
    }
  }
}
