// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.command;

import java.util.ArrayList;
import java.util.List;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.event.DispatchEvent.OpenState;
import org.patrolsim.dispatch.incident.IncidentCall;
import org.patrolsim.dispatch.incident.IncidentFate;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.model.StationSite;
import org.patrolsim.dispatch.unit.CarId;
import org.patrolsim.dispatch.unit.Role;
import org.patrolsim.dispatch.unit.UnitId;
import org.patrolsim.geo.network.NetworkPosition;

/**
 * One incident's lifecycle, as the command centre follows it, and the rule that decides its
 * disposal.
 *
 * <pre>
 *  HANDLING --handled--> WAITING --assign--> EN_ROUTE --arrive--> ON_SCENE --(all needed units)--> WORKING
 *                           ^                   |  ^                  |                             |
 *                           +----preempt--------+  +-----preempt------+---------preempt-------------+
 *  WORKING --done (every unit)--> CLEARED
 * </pre>
 *
 * An incident needs one unit (the primary) or two (primary and backup); each role is a slot that a
 * unit fills. The on-scene work starts when every needed unit is there and lasts the incident's
 * drawn time; a pre-empted car's work so far is credited, so the unit that takes over works only
 * the rest. Every transition checks that it is allowed and fails loudly otherwise: a wrong
 * transition is a bug.
 *
 * <p>Disposal: a patrol car in the primary role when the work is done settles it on the street if
 * the incident's drawn fate allows at the chance of that car's crew and the delay from the call to
 * the first unit on scene ({@link IncidentFate#settledOnStreet}; {@link Disposal#STREET}), else
 * hands it over to the station ({@link Disposal#HANDED_OVER}); a station duty team in that role
 * makes it a {@link Disposal#STATION_CALLOUT}.
 */
public final class Incident {

  /** Where the incident stands. */
  public enum Phase {
    HANDLING,
    WAITING,
    EN_ROUTE,
    ON_SCENE,
    WORKING,
    CLEARED
  }

  private static final class Slot {
    final Role role;
    UnitId unit;
    boolean arrived;
    boolean done;

    Slot(Role role) {
      this.role = role;
    }
  }

  private final IncidentCall call;
  private final NetworkPosition scene;
  private final StationSite station;
  private final IncidentFate fate;
  private final List<Slot> slots = new ArrayList<>();
  private Phase phase = Phase.HANDLING;
  private long workedMs;
  private long workStartedMs = -1;
  private long firstArrivalMs = -1;

  public Incident(
      IncidentCall call, NetworkPosition scene, StationSite station, IncidentFate fate) {
    this.call = call;
    this.scene = scene;
    this.station = station;
    this.fate = fate;
    slots.add(new Slot(Role.PRIMARY));
    if (call.type().unitsNeeded() > 1) {
      slots.add(new Slot(Role.BACKUP));
    }
  }

  public long id() {
    return call.id();
  }

  public IncidentCall call() {
    return call;
  }

  public Priority priority() {
    return call.priority();
  }

  public NetworkPosition scene() {
    return scene;
  }

  public StationSite station() {
    return station;
  }

  public IncidentFate fate() {
    return fate;
  }

  public Phase phase() {
    return phase;
  }

  /** The call taker is done: the incident waits for units. */
  public void handled() {
    require(phase == Phase.HANDLING, "be handled");
    phase = Phase.WAITING;
  }

  /** The roles that have no unit, primary first. */
  public List<Role> rolesWithoutUnit() {
    return slots.stream().filter(s -> s.unit == null).map(s -> s.role).toList();
  }

  /** The units assigned now, primary first. */
  public List<UnitId> units() {
    return slots.stream().filter(s -> s.unit != null).map(s -> s.unit).toList();
  }

  public boolean holds(UnitId unit) {
    return slot(unit) != null;
  }

  /** {@code unit} is sent in {@code role}. */
  public void assign(Role role, UnitId unit) {
    require(
        phase == Phase.WAITING || phase == Phase.EN_ROUTE || phase == Phase.ON_SCENE, "get a unit");
    Slot s = slots.stream().filter(x -> x.role == role).findFirst().orElse(null);
    require(s != null && s.unit == null, "take " + unit + " as " + role.key());
    require(!holds(unit), "take " + unit + " twice");
    s.unit = unit;
    s.arrived = false;
    s.done = false;
    phase = phaseFromSlots();
  }

  /**
   * {@code unit} reached the scene at {@code nowMs}. Returns true when this arrival completes the
   * units the incident needs: the work starts now ({@link #startWork}).
   */
  public boolean arrive(UnitId unit, long nowMs) {
    Slot s = slot(unit);
    require(
        s != null && !s.arrived && (phase == Phase.EN_ROUTE || phase == Phase.ON_SCENE),
        "let " + unit + " arrive");
    s.arrived = true;
    firstArrivalMs = firstArrivalMs < 0 ? nowMs : firstArrivalMs;
    boolean covered = slots.stream().allMatch(x -> x.arrived);
    phase = covered ? Phase.WORKING : Phase.ON_SCENE;
    return covered;
  }

  /**
   * Every needed unit is on scene: the on-scene work (or what is left of it) starts at {@code
   * nowMs}.
   */
  public void startWork(long nowMs) {
    require(phase == Phase.WORKING && workStartedMs < 0, "start work");
    workStartedMs = nowMs;
  }

  /** The on-scene work still to do when it (re)starts: the drawn time less the work credited. */
  public long workLeftMs() {
    return Math.max(0, fate.onSceneMs() - workedMs);
  }

  /** The on-scene work credited so far (done before a pre-emption). */
  public long workCreditedMs() {
    return workedMs;
  }

  /** Only a non-urgent incident served by one unit may lose its car to an urgent call. */
  public boolean preemptable() {
    return call.priority() != Priority.URGENT
        && slots.size() == 1
        && (phase == Phase.EN_ROUTE || phase == Phase.ON_SCENE || phase == Phase.WORKING);
  }

  /**
   * {@code car} is taken off for an urgent call at {@code nowMs}; work already done is credited.
   * Returns the role it leaves without a unit.
   */
  public Role preempt(CarId car, long nowMs) {
    Slot s = slot(car);
    require(s != null && preemptable(), "lose " + car);
    if (phase == Phase.WORKING) {
      workedMs += nowMs - workStartedMs;
      workStartedMs = -1;
    }
    s.unit = null;
    s.arrived = false;
    phase = phaseFromSlots();
    return s.role;
  }

  /**
   * {@code unit} finished its part of the work. Returns true when every unit is done: the incident
   * is cleared.
   */
  public boolean done(UnitId unit) {
    Slot s = slot(unit);
    require(s != null && s.arrived && !s.done && phase == Phase.WORKING, "let " + unit + " finish");
    s.done = true;
    if (slots.stream().allMatch(x -> x.done)) {
      phase = Phase.CLEARED;
      return true;
    }
    return false;
  }

  /** The unit in the primary role (the one that cleared a cleared incident). */
  public UnitId primary() {
    return slots.get(0).unit;
  }

  /**
   * The time from the call to the first unit on scene (the first arrival counts, even of a unit
   * later pre-empted: the parties met the police then), or -1 when none arrived yet.
   */
  public long arrivalDelayMs() {
    return firstArrivalMs < 0 ? -1 : firstArrivalMs - call.timeMs();
  }

  /**
   * How the cleared incident was disposed of (see the class description); {@code crewFactor} is the
   * settle factor of the primary car's crew (ignored when a station team is primary).
   */
  public Disposal disposal(double crewFactor) {
    require(phase == Phase.CLEARED, "have a disposal");
    if (!primary().isPatrolCar()) {
      return Disposal.STATION_CALLOUT;
    }
    return fate.settledOnStreet(call.type(), crewFactor, arrivalDelayMs())
        ? Disposal.STREET
        : Disposal.HANDED_OVER;
  }

  /** Where an open incident stands, for the end-of-run report. */
  public OpenState openState() {
    return switch (phase) {
      case HANDLING, WAITING -> OpenState.WAITING;
      case EN_ROUTE -> OpenState.EN_ROUTE;
      case ON_SCENE, WORKING -> OpenState.ON_SCENE;
      case CLEARED -> throw new IllegalStateException("incident " + id() + " is cleared, not open");
    };
  }

  private Phase phaseFromSlots() {
    if (slots.stream().anyMatch(s -> s.arrived)) {
      return Phase.ON_SCENE;
    }
    return slots.stream().anyMatch(s -> s.unit != null) ? Phase.EN_ROUTE : Phase.WAITING;
  }

  private Slot slot(UnitId unit) {
    for (Slot s : slots) {
      if (unit.equals(s.unit)) {
        return s;
      }
    }
    return null;
  }

  private void require(boolean allowed, String what) {
    if (!allowed) {
      throw new IllegalStateException("incident " + id() + " (" + phase + ") cannot " + what);
    }
  }
}
