// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.Msg;
import org.patrolsim.dispatch.model.StationSite;
import org.patrolsim.dispatch.policy.Candidate;
import org.patrolsim.dispatch.policy.Decision;
import org.patrolsim.dispatch.policy.DispatchPolicy;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RankedSource;
import org.patrolsim.sim.Context;
import org.patrolsim.sim.Entity;
import org.patrolsim.sim.EntityId;

/**
 * The city command centre: receives every call, ranks the patrol cars by road time to the scene (the
 * oracle's k nearest, positions interpolated from the routes the cars reported), applies the dispatch
 * policy, sends a backup where the incident type needs one, keeps calls that find no unit waiting by
 * priority then time, and re-plans whenever a unit comes free. Every decision is emitted with its
 * reason and the best candidates it weighed; the incident's timeline events are emitted here too.
 */
public final class CommandCentre implements Entity<Msg> {
  private static final String PRIMARY = "primary";
  private static final String BACKUP = "backup";

  private final CityModel model;
  private final DispatchPolicy policy;
  private final boolean weighsCars;
  private final Map<String, CarView> cars = new TreeMap<>();
  private final Map<String, Integer> stationFree = new TreeMap<>();
  private final Map<Long, OpenIncident> open = new TreeMap<>();
  private final TreeSet<Need> waiting = new TreeSet<>();

  public CommandCentre(CityModel model) {
    this.model = model;
    this.policy = model.policy();
    this.weighsCars = policy instanceof DispatchPolicy.Integrated;
  }

  /** What the command centre knows of one car: its state and the route it last reported. */
  record CarView(UnitState state, org.patrolsim.geo.network.Route route, long departedMs, NetworkPosition at,
      long incident) {
    NetworkPosition position(long nowMs) {
      return route == null ? at : route.positionAt((nowMs - departedMs) / 1000.0);
    }
  }

  /** A unit still owed to an incident. */
  record Need(Priority priority, long callMs, long incident, String role) implements Comparable<Need> {
    private static final Comparator<Need> ORDER = Comparator.comparing(Need::priority)
        .thenComparingLong(Need::callMs).thenComparingLong(Need::incident).thenComparing(Need::role,
            Comparator.comparing(r -> r.equals(PRIMARY) ? 0 : 1));

    @Override
    public int compareTo(Need o) {
      return ORDER.compare(this, o);
    }
  }

  @Override
  public void start(Context<Msg> ctx) {
    var s = model.scenario();
    ctx.emit(new DispatchEvent.RunStarted(0, s.seed(), s.days(), s.fleet().vehicles(),
        model.stations().stream().map(StationSite::id).toList(), s.dispatch().urgentTargetMinutes() * 60,
        s.report().coverageTargetMinutes() * 60));
    model.stations().forEach(st -> stationFree.put(st.id(), 0));
    ctx.schedule(sampleEveryMs() / 2, new Msg.SampleCoverage());
  }

  private long sampleEveryMs() {
    return Math.max(1, Math.round(model.scenario().report().coverageSampleMinutes() * 60_000));
  }

  @Override
  public void receive(Msg message, Context<Msg> ctx) {
    if (message instanceof Msg.Call c) {
      onCall(c, ctx);
    } else if (message instanceof Msg.CarStatus st) {
      cars.put(st.car(), new CarView(st.state(), st.route(), st.departedMs(), st.at(), st.incident()));
      if (st.state() == UnitState.FREE) {
        replan(ctx);
      }
    } else if (message instanceof Msg.StationStatus st) {
      stationFree.put(st.station(), st.freeTeams());
      if (st.freeTeams() > 0) {
        replan(ctx);
      }
    } else if (message instanceof Msg.UnitArrived a) {
      onArrived(a, ctx);
    } else if (message instanceof Msg.UnitDone d) {
      onDone(d, ctx);
    } else if (message instanceof Msg.SampleCoverage) {
      sampleCoverage(ctx);
    }
  }

  private void onCall(Msg.Call c, Context<Msg> ctx) {
    StationSite station = model.jurisdictionOf(c.scene().point());
    OpenIncident o = new OpenIncident(c.call(), c.scene(), station, c.fate());
    open.put(c.call().id(), o);
    ctx.emit(new DispatchEvent.CallReceived(ctx.now(), c.call().id(), c.call().lat(), c.call().lon(),
        c.call().type().name(), c.call().priority(), station.id()));
    plan(new Need(c.call().priority(), c.call().timeMs(), c.call().id(), PRIMARY), true, ctx);
    if (c.call().type().unitsNeeded() > 1) {
      plan(new Need(c.call().priority(), c.call().timeMs(), c.call().id(), BACKUP), true, ctx);
    }
  }

  /** The cars weighed for one need, with their positions now and their road times to the scene. */
  private record Weighing(List<String> ids, List<NetworkPosition> from, List<Candidate> candidates) {
    NetworkPosition positionOf(String car) {
      return from.get(ids.indexOf(car));
    }
  }

  /** Free cars, and with pre-emption for an urgent need the cars busy with a pre-emptable incident. */
  private Weighing weigh(Need need, OpenIncident o, long nowMs) {
    List<String> ids = new ArrayList<>();
    List<NetworkPosition> from = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    if (!weighsCars) {
      return new Weighing(ids, from, candidates);
    }
    boolean mayPreempt = model.scenario().dispatch().preemption() && need.priority() == Priority.URGENT;
    for (Map.Entry<String, CarView> e : cars.entrySet()) {
      CarView v = e.getValue();
      OpenIncident busy = v.incident() == 0 ? null : open.get(v.incident());
      boolean preemptable = mayPreempt && busy != null && busy != o && busy.preemptable()
          && (v.state() == UnitState.RESPONDING || v.state() == UnitState.ON_SCENE);
      if (v.state() == UnitState.FREE || preemptable) {
        ids.add(e.getKey());
        from.add(v.position(nowMs));
      }
    }
    // only the nearest free car, the nearest pre-emptable one and the best candidatesLogged of all can
    // matter to the policy and the log: the k nearest of each group (ids are in name order, so the
    // oracle's ties by index are ties by name) hold them all
    List<Integer> freeCars = new ArrayList<>();
    List<Integer> busyCars = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      (cars.get(ids.get(i)).state() == UnitState.FREE ? freeCars : busyCars).add(i);
    }
    int k = model.scenario().dispatch().candidatesLogged();
    for (RankedSource r : nearest(freeCars, from, o.scene, k, nowMs)) {
      candidates.add(Candidate.free(ids.get(r.source()), r.seconds()));
    }
    for (RankedSource r : nearest(busyCars, from, o.scene, k, nowMs)) {
      CarView v = cars.get(ids.get(r.source()));
      candidates.add(new Candidate(ids.get(r.source()), r.seconds(), open.get(v.incident()).call.priority(),
          v.incident()));
    }
    return new Weighing(ids, from, candidates);
  }

  /** The {@code k} nearest of the cars {@code group} (indices into {@code from}), as indices into {@code from}. */
  private List<RankedSource> nearest(List<Integer> group, List<NetworkPosition> from, NetworkPosition scene, int k,
      long nowMs) {
    if (group.isEmpty()) {
      return List.of();
    }
    List<NetworkPosition> positions = group.stream().map(from::get).toList();
    return model.travelTimes().nearest(positions, scene, k, model.response(nowMs)).stream()
        .map(r -> new RankedSource(group.get(r.source()), r.seconds())).toList();
  }

  /** Decides one need now; a need that must wait joins the queue (logged only the first time). */
  private void plan(Need need, boolean logWait, Context<Msg> ctx) {
    OpenIncident o = open.get(need.incident());
    Weighing w = weigh(need, o, ctx.now());
    int free = stationFree.getOrDefault(o.station.id(), 0);
    Decision d = policy.decide(need.priority(), w.candidates(), o.station.id(), free);
    List<DispatchEvent.Weighed> weighed = top(w.candidates());
    if (d instanceof Decision.Patrol p) {
      sendCar(need, o, p, w.positionOf(p.unitId()), weighed, ctx);
    } else if (d instanceof Decision.Station s) {
      waiting.remove(need);
      stationFree.put(s.stationId(), free - 1);
      o.units.add(new Unit(s.stationId() + "/?", need.role(), false));
      ctx.send(EntityId.of(CityModel.stationEntity(s.stationId())), new Msg.CallOut(need.incident(), o.scene));
      var at = o.station.position().point();
      ctx.emit(new DispatchEvent.Decided(ctx.now(), need.incident(), "station", s.stationId(), need.role(),
          at.lat(), at.lon(), Double.NaN, 0, s.reason(), weighed));
    } else if (d instanceof Decision.Wait wait) {
      if (waiting.add(need) && logWait) {
        ctx.emit(new DispatchEvent.Decided(ctx.now(), need.incident(), "wait", "", need.role(), Double.NaN,
            Double.NaN, Double.NaN, 0, wait.reason(), weighed));
      }
    }
  }

  private void sendCar(Need need, OpenIncident o, Decision.Patrol p, NetworkPosition at,
      List<DispatchEvent.Weighed> weighed, Context<Msg> ctx) {
    waiting.remove(need);
    if (p.preempted() != 0) {
      displace(p.preempted(), p.unitId(), ctx);
    }
    cars.put(p.unitId(), new CarView(UnitState.RESPONDING, null, ctx.now(), at, need.incident()));
    o.units.add(new Unit(p.unitId(), need.role(), true));
    ctx.send(EntityId.of(p.unitId()), new Msg.Assign(need.incident(), o.scene));
    ctx.emit(new DispatchEvent.Decided(ctx.now(), need.incident(), "patrol", p.unitId(), need.role(),
        at.point().lat(), at.point().lon(), p.roadSeconds(), p.preempted(), p.reason(), weighed));
    if (p.preempted() != 0) {
      OpenIncident displaced = open.get(p.preempted());
      plan(new Need(displaced.call.priority(), displaced.call.timeMs(), p.preempted(), PRIMARY), true, ctx);
    }
  }

  private List<DispatchEvent.Weighed> top(List<Candidate> candidates) {
    return candidates.stream()
        .sorted(Comparator.comparingDouble(Candidate::roadSeconds).thenComparing(Candidate::unitId))
        .limit(model.scenario().dispatch().candidatesLogged())
        .map(c -> new DispatchEvent.Weighed(c.unitId(), c.roadSeconds(),
            c.isFree() ? "free" : "busy " + c.busyWith().key() + " incident " + c.busyIncident()))
        .toList();
  }

  /** Takes {@code car} off {@code incident}: it waits for the next unit or goes to its station. */
  private void displace(long incident, String car, Context<Msg> ctx) {
    OpenIncident o = open.get(incident);
    o.units.removeIf(u -> u.name().equals(car));
    o.arrived.remove(car);
    o.covered = false;
    ctx.emit(new DispatchEvent.Preempted(ctx.now(), incident, car));
  }

  /** A unit came free: serve waiting needs in order of priority, then call time. */
  private void replan(Context<Msg> ctx) {
    boolean anyCarFree = cars.values().stream().anyMatch(v -> v.state() == UnitState.FREE);
    for (Need need : new ArrayList<>(waiting)) {
      if (!waiting.contains(need)) {
        continue;
      }
      OpenIncident o = open.get(need.incident());
      if ((anyCarFree && weighsCars) || stationFree.getOrDefault(o.station.id(), 0) > 0) {
        plan(need, false, ctx);
        anyCarFree = cars.values().stream().anyMatch(v -> v.state() == UnitState.FREE);
      }
    }
  }

  private void onArrived(Msg.UnitArrived a, Context<Msg> ctx) {
    OpenIncident o = open.get(a.incident());
    if (o == null || !o.claim(a.unit())) {
      return;
    }
    o.arrived.add(a.unit());
    boolean nowCovered = !o.covered && o.arrived.size() >= o.call.type().unitsNeeded();
    ctx.emit(new DispatchEvent.Arrived(ctx.now(), a.incident(), a.unit(), nowCovered));
    if (nowCovered) {
      o.covered = true;
      long work = o.fate.onSceneMs();
      for (Unit u : o.units) {
        if (u.patrolCar()) {
          ctx.send(EntityId.of(u.name()), new Msg.WorkOnScene(a.incident(), work));
        } else {
          String station = u.name().substring(0, u.name().indexOf('/'));
          ctx.send(EntityId.of(CityModel.stationEntity(station)), new Msg.TeamWork(u.name(), a.incident(), work));
        }
      }
    }
  }

  private void onDone(Msg.UnitDone d, Context<Msg> ctx) {
    OpenIncident o = open.get(d.incident());
    if (o == null || o.units.stream().noneMatch(u -> u.name().equals(d.unit()))) {
      return;
    }
    o.done.add(d.unit());
    if (o.covered && o.done.containsAll(o.units.stream().map(Unit::name).toList())) {
      Unit primary = o.units.stream().filter(u -> u.role().equals(PRIMARY)).findFirst().orElse(o.units.get(0));
      Disposal disposal = !primary.patrolCar() ? Disposal.STATION_CALLOUT
          : o.fate.settledOnStreet(o.call.type()) ? Disposal.STREET
          : Disposal.HANDED_OVER;
      ctx.emit(new DispatchEvent.Cleared(ctx.now(), d.incident(), primary.name(), disposal, o.station.id()));
      open.remove(d.incident());
    }
  }

  private void sampleCoverage(Context<Msg> ctx) {
    List<NetworkPosition> free = new ArrayList<>();
    cars.values().stream().filter(v -> v.state() == UnitState.FREE).forEach(v -> free.add(v.position(ctx.now())));
    double share = free.isEmpty() ? 0 : model.travelTimes().shareOfRoadWithin(free,
        model.scenario().report().coverageTargetMinutes() * 60, model.response(ctx.now()));
    ctx.emit(new DispatchEvent.CoverageSampled(ctx.now(), share));
    ctx.schedule(sampleEveryMs(), new Msg.SampleCoverage());
  }
}
