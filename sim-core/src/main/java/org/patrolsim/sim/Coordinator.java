// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.MailboxSelector;
import akka.actor.typed.Props;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The coordinator of one replication: owns the future event list and the clock, and advances in
 * steps. A step takes every event at the smallest (time, delta), hands each target entity its batch
 * in one message, waits for the {@link Round} to complete, then merges the outputs in entity-id
 * order (events into the list, records to the sink) and goes on. Zero-delay messages land at (time,
 * delta + 1).
 */
final class Coordinator<M> extends AbstractBehavior<Coordinator.Command> {

  sealed interface Command {}

  record RoundDone(long round) implements Command {}

  record Wake(long generation) implements Command {}

  /**
   * Controls carry the wall time at which they were given, so they apply at that instant, and the
   * future the coordinator completes with the status as they took effect.
   */
  record Pause(long wall, CompletableFuture<RunStatus> done) implements Command {}

  record Resume(long wall, CompletableFuture<RunStatus> done) implements Command {}

  record SetSpeed(double speed, long wall, CompletableFuture<RunStatus> done) implements Command {}

  record JumpTo(long target, long wall, CompletableFuture<RunStatus> done) implements Command {}

  /** An external event for the current simulated time; {@code placed} learns where it went. */
  record Inject(EntityId target, Object message, long wall, CompletableFuture<Placement> placed)
      implements Command {}

  record StopRun() implements Command {}

  record QueryStatus(ActorRef<RunStatus> replyTo) implements Command {}

  record EntityStopped(EntityId entity) implements Command {}

  private static final int MAX_AHEAD = 4096;

  /** Entity actors have a single consumer: Akka's faster mailbox for that case (reference.conf). */
  static final String ENTITY_MAILBOX = "patrolsim.sim.entity-mailbox";

  private enum Phase {
    STARTING,
    STEPPING,
    IDLE,
    FINISHING,
    DONE
  }

  private final Simulation<M> simulation;
  private final CompletableFuture<SimulationResult> result;
  private final long horizon;
  private final EntityContext<?>[] contexts;
  private final List<ActorRef<EntityActor.Command>> actors = new ArrayList<>();
  private final EntityDirectory directory;
  private final FutureEventList futureEvents = new FutureEventList();
  private final List<SimRecord> collected = new ArrayList<>();
  private final Consumer<SimRecord> sink;
  private final List<ActorRef<RunStatus>> statusWaiters = new ArrayList<>();
  private final java.util.function.Consumer<FutureEvent> deliverLater = this::addToBatch;
  private final BitSet activeSet = new BitSet();
  private int[] active = new int[16];
  private int activeCount;

  private Phase phase = Phase.STARTING;
  private long now;
  private int delta;
  private long events;
  private long steps;
  private long roundId;
  private long externalSequence;
  private boolean stopRequested;

  private final PacedClock pace;
  private long wakeGeneration;

  /**
   * While paused, events up to this simulated time still run: the catch-up of a jump taken while
   * paused.
   */
  private long catchUpTo = -1;

  @SuppressWarnings("unchecked")
  private Coordinator(
      ActorContext<Command> context,
      Simulation<M> simulation,
      CompletableFuture<SimulationResult> result,
      long startWall) {
    super(context);
    this.simulation = simulation;
    this.result = result;
    this.horizon = simulation.horizon();
    this.sink = simulation.recordSink() != null ? simulation.recordSink() : collected::add;
    this.directory = simulation.directory();
    int n = simulation.entities().size();
    this.contexts = new EntityContext<?>[n];
    this.pace =
        simulation.pacing() instanceof Pacing.Paced paced
            ? new PacedClock(paced.clock(), paced.speed(), startWall)
            : null;
    spawnEntities();
  }

  /** {@code startWall}: the wall-clock time at which simulated time 0 is due (paced runs). */
  static <M> Behavior<Command> create(
      Simulation<M> simulation, CompletableFuture<SimulationResult> result, long startWall) {
    return Behaviors.setup(
        ctx -> {
          Coordinator<M> coordinator = new Coordinator<>(ctx, simulation, result, startWall);
          return coordinator.phase == Phase.DONE ? Behaviors.stopped() : coordinator;
        });
  }

  private void spawnEntities() {
    Props props =
        DispatcherSelector.sameAsParent().withNext(MailboxSelector.fromConfig(ENTITY_MAILBOX));
    for (var entry : simulation.entities().entrySet()) {
      int o = directory.indexOf(entry.getKey());
      Entity<M> entity;
      try {
        entity = entry.getValue().get();
      } catch (RuntimeException e) {
        fail(new SimulationException(entry.getKey(), 0, "entity factory threw " + e, e));
        return;
      }
      contexts[o] = new EntityContext<>(entity, o, entry.getKey(), directory, simulation.seed());
      ActorRef<EntityActor.Command> ref =
          getContext().spawn(EntityActor.create(contexts[o]), "e" + o, props);
      getContext().watchWith(ref, new EntityStopped(entry.getKey()));
      actors.add(ref);
    }
    long seq = 0;
    for (Simulation.InitialEvent<M> e : simulation.initialEvents()) {
      // initial events at time 0 come after every entity's start (delta 0)
      futureEvents.add(
          new FutureEvent(
              e.time(),
              e.delta(),
              FutureEvent.EXTERNAL,
              seq++,
              directory.indexOf(e.target()),
              e.message()));
    }
    externalSequence = seq;
    Round round = newRound(actors.size());
    for (ActorRef<EntityActor.Command> ref : actors) {
      ref.tell(new EntityActor.Start(round));
    }
    activeCount = 0;
    for (int i = 0; i < actors.size(); i++) {
      markActive(i);
    }
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(RoundDone.class, this::onRoundDone)
        .onMessage(Wake.class, this::onWake)
        .onMessage(Pause.class, m -> control(m.done(), m.wall(), () -> pause(m.wall())))
        .onMessage(Resume.class, m -> control(m.done(), m.wall(), () -> resume(m.wall())))
        .onMessage(
            SetSpeed.class,
            m -> control(m.done(), m.wall(), () -> changeSpeed(m.speed(), m.wall())))
        .onMessage(
            JumpTo.class, m -> control(m.done(), m.wall(), () -> jumpTo(m.target(), m.wall())))
        .onMessage(Inject.class, m -> guarded(() -> inject(m)))
        .onMessage(StopRun.class, m -> guarded(this::requestStop))
        .onMessage(QueryStatus.class, this::onQueryStatus)
        .onMessage(EntityStopped.class, this::onEntityStopped)
        .build();
  }

  private Behavior<Command> onRoundDone(RoundDone done) {
    if (done.round() != roundId) {
      return this;
    }
    return guarded(
        () -> {
          if (phase == Phase.FINISHING) {
            mergeFinish();
          } else {
            mergeStep();
            advance();
          }
        });
  }

  private Behavior<Command> onWake(Wake wake) {
    if (wake.generation() == wakeGeneration && phase == Phase.IDLE) {
      return guarded(this::advance);
    }
    return this;
  }

  private Behavior<Command> onQueryStatus(QueryStatus query) {
    if (phase == Phase.IDLE || phase == Phase.DONE) {
      query.replyTo().tell(status());
    } else {
      statusWaiters.add(query.replyTo());
    }
    return this;
  }

  private Behavior<Command> onEntityStopped(EntityStopped stopped) {
    if (phase != Phase.DONE) {
      fail(new SimulationException(stopped.entity(), now, "entity actor stopped unexpectedly"));
    }
    return phase == Phase.DONE ? Behaviors.stopped() : this;
  }

  /**
   * Applies a pacing control and answers with the status as it took effect: at the control's own
   * wall instant (so a jump answers its target, a resume the time it was paused at), before any
   * step it causes.
   */
  private Behavior<Command> control(CompletableFuture<RunStatus> done, long wall, Runnable action) {
    if (phase == Phase.DONE || phase == Phase.FINISHING) {
      done.completeExceptionally(new IllegalStateException("the run has ended"));
      return this;
    }
    return guarded(
        () -> {
          action.run();
          done.complete(status(wall));
        });
  }

  private Behavior<Command> guarded(Runnable action) {
    try {
      action.run();
    } catch (SimulationException e) {
      fail(e);
    } catch (RuntimeException e) {
      fail(new SimulationException(null, now, "engine error: " + e, e));
    }
    return phase == Phase.DONE ? Behaviors.stopped() : this;
  }

  /** Runs the next step if it is due, else waits (paced), else finishes. */
  private void advance() {
    if (stopRequested) {
      finish(now);
      return;
    }
    boolean empty = futureEvents.isEmpty();
    long nextTime = empty ? Long.MAX_VALUE : futureEvents.nextTime();
    boolean more = !empty && nextTime <= horizon;
    if (pace == null) {
      if (more) {
        step();
      } else {
        finish(empty && horizon == Long.MAX_VALUE - 1 ? now : Math.max(now, horizon));
      }
      return;
    }
    phase = Phase.IDLE;
    if (pace.paused()) {
      if (more && nextTime <= catchUpTo) {
        step();
      } else {
        catchUpTo = -1;
        answerStatusWaiters();
      }
      return;
    }
    long simNow = pace.simulatedAt(pace.wall().millis(), now, horizon);
    if (more && nextTime <= simNow) {
      step();
    } else if (!more && simNow >= horizon) {
      finish(Math.max(now, horizon));
    } else {
      if (more || horizon < Long.MAX_VALUE - 1) {
        waitForWallClock(more ? nextTime : horizon);
      }
      answerStatusWaiters();
    }
  }

  private void step() {
    now = futureEvents.nextTime();
    delta = futureEvents.nextDelta();
    if (delta > simulation.maxDeltaCycles()) {
      throw new SimulationException(
          contexts[futureEvents.peek().target()].id(),
          now,
          "more than "
              + simulation.maxDeltaCycles()
              + " zero-delay delta cycles at one time: a message loop?");
    }
    futureEvents.drainStep(deliverLater);
    collectActive();
    long bound = now;
    List<FutureEvent> ahead = List.of();
    if (activeCount == 1 && pace == null && simulation.lookahead()) {
      ahead = takeAhead(active[0]);
      bound = futureEvents.isEmpty() ? horizon + 1 : Math.min(futureEvents.nextTime(), horizon + 1);
    }
    Round round = newRound(activeCount);
    phase = Phase.STEPPING;
    steps++;
    // one message for the whole step; each entity reads its batch from its context during the step
    // only,
    // and the coordinator clears it after the round
    EntityActor.Deliver deliver = new EntityActor.Deliver(round, now, delta, ahead, bound);
    for (int i = 0; i < activeCount; i++) {
      actors.get(active[i]).tell(deliver);
    }
  }

  /**
   * The sole active entity may also take the later events addressed to it that come before any
   * event for another entity: it runs them in the same key order as steps would (see
   * EntityContext#runStep).
   */
  private List<FutureEvent> takeAhead(int target) {
    List<FutureEvent> ahead = null;
    FutureEvent e;
    // only delta-0 events: running ahead handles an entity's events at one time as one delta-0
    // batch, so
    // an event placed at a later delta cycle (an injection replayed) must wait for its own step
    while ((e = futureEvents.peek()) != null
        && e.target() == target
        && e.time() > now
        && e.time() <= horizon
        && e.delta() == 0
        && (ahead == null || ahead.size() < MAX_AHEAD)) {
      if (ahead == null) {
        ahead = new ArrayList<>();
      }
      ahead.add(futureEvents.poll());
    }
    return ahead == null ? List.of() : ahead;
  }

  private void addToBatch(FutureEvent e) {
    List<FutureEvent> batch = contexts[e.target()].batch;
    if (batch.isEmpty()) {
      activeSet.set(e.target());
    }
    batch.add(e);
  }

  /**
   * The targets of this step in entity-id order, which is the merge order; each target's batch in
   * the engine's total order (the step's events arrive in order per source, not overall).
   */
  private void collectActive() {
    activeCount = 0;
    for (int o = activeSet.nextSetBit(0); o >= 0; o = activeSet.nextSetBit(o + 1)) {
      markActive(o);
      List<FutureEvent> batch = contexts[o].batch;
      for (int i = 1, n = batch.size(); i < n; i++) {
        if (FutureEvent.ORDER.compare(batch.get(i - 1), batch.get(i)) > 0) {
          batch.sort(FutureEvent.ORDER);
          break;
        }
      }
    }
    activeSet.clear();
  }

  private void markActive(int ordinal) {
    if (activeCount == active.length) {
      active = Arrays.copyOf(active, active.length * 2);
    }
    active[activeCount++] = ordinal;
  }

  private void mergeStep() {
    for (int i = 0; i < activeCount; i++) {
      SimulationException failure = contexts[active[i]].failure;
      if (failure != null) {
        throw failure;
      }
    }
    for (int i = 0; i < activeCount; i++) {
      EntityContext<?> ctx = contexts[active[i]];
      ctx.batch.clear();
      futureEvents.addAll(ctx.events);
      List<SimRecord> records = ctx.records;
      for (int r = 0, n = records.size(); r < n; r++) {
        sink.accept(records.get(r));
      }
      events += ctx.processed;
      ctx.processed = 0;
      stopRequested |= ctx.stopRequested;
      if (ctx.now() > now) {
        now = ctx.now();
        delta = ctx.delta();
      }
      ctx.clearOutputs();
    }
  }

  private void finish(long endTime) {
    phase = Phase.FINISHING;
    int endDelta = endTime == now ? delta + 1 : 0;
    now = endTime;
    delta = endDelta;
    Round round = newRound(actors.size());
    for (ActorRef<EntityActor.Command> ref : actors) {
      ref.tell(new EntityActor.Finish(round, endTime, endDelta));
    }
    activeCount = 0;
    for (int i = 0; i < actors.size(); i++) {
      markActive(i);
    }
  }

  private void mergeFinish() {
    for (EntityContext<?> ctx : contexts) {
      if (ctx.failure != null) {
        throw ctx.failure;
      }
    }
    for (EntityContext<?> ctx : contexts) {
      ctx.records.forEach(sink);
      ctx.clearOutputs();
    }
    phase = Phase.DONE;
    result.complete(
        new SimulationResult(
            simulation.seed(),
            now,
            events,
            steps,
            simulation.recordSink() != null ? List.of() : List.copyOf(collected)));
    answerStatusWaiters();
  }

  private void fail(SimulationException e) {
    phase = Phase.DONE;
    result.completeExceptionally(e);
    answerStatusWaiters();
  }

  private Round newRound(int participants) {
    return new Round(participants, getContext().getSelf(), ++roundId);
  }

  // --- pacing -----------------------------------------------------------------------------------

  private void waitForWallClock(long target) {
    long generation = ++wakeGeneration;
    ActorRef<Command> self = getContext().getSelf();
    pace.wall().wakeUpAt(pace.wallTimeOf(target), () -> self.tell(new Wake(generation)));
  }

  private void pause(long wall) {
    if (pace == null || pace.paused()) {
      return;
    }
    pace.pause(wall, now, horizon);
    wakeGeneration++;
    if (phase == Phase.IDLE) {
      advance();
    }
  }

  private void resume(long wall) {
    if (pace != null && pace.paused()) {
      pace.resume(wall);
      wakeGeneration++;
      if (phase == Phase.IDLE) {
        advance();
      }
    }
  }

  /**
   * Moves the anchor to the target: every event up to it is due at once (kept even while paused).
   */
  private void jumpTo(long target, long wall) {
    if (pace == null) {
      return;
    }
    long before = pace.simulatedAt(wall, now, horizon);
    if (target <= before) {
      return;
    }
    pace.jumpTo(Math.min(target, horizon), wall, now, horizon);
    if (pace.paused()) {
      catchUpTo = Math.max(catchUpTo, Math.min(target, horizon));
    }
    wakeGeneration++;
    if (phase == Phase.IDLE) {
      advance();
    }
  }

  private void changeSpeed(double newSpeed, long wall) {
    if (pace == null) {
      return;
    }
    pace.changeSpeed(newSpeed, wall, now, horizon);
    wakeGeneration++;
    if (phase == Phase.IDLE) {
      advance();
    }
  }

  private void inject(Inject m) {
    if (phase == Phase.DONE || phase == Phase.FINISHING || stopRequested) {
      m.placed().completeExceptionally(new IllegalStateException("the run has ended"));
      return;
    }
    long t = pace == null ? now : pace.simulatedAt(m.wall(), now, horizon);
    int d = t == now ? delta + 1 : 0;
    int target = directory.indexOf(m.target());
    if (target < 0) {
      throw new SimulationException(
          m.target(), t, "injected event addressed to unknown target entity");
    }
    futureEvents.add(
        new FutureEvent(t, d, FutureEvent.EXTERNAL, externalSequence++, target, m.message()));
    m.placed().complete(new Placement(t, d));
    if (phase == Phase.IDLE) {
      advance();
    }
  }

  private void requestStop() {
    stopRequested = true;
    if (phase == Phase.IDLE) {
      advance();
    }
  }

  private RunStatus status() {
    return status(pace == null ? 0 : pace.wall().millis());
  }

  /** The status, with the paced time due at wall time {@code wall}. */
  private RunStatus status(long wall) {
    long simulatedNow =
        pace == null || phase == Phase.DONE ? now : pace.simulatedAt(wall, now, horizon);
    return new RunStatus(
        now,
        events,
        pace != null && pace.paused(),
        phase == Phase.DONE,
        pace == null ? 0 : pace.speed(),
        simulatedNow);
  }

  private void answerStatusWaiters() {
    RunStatus status = status();
    statusWaiters.forEach(w -> w.tell(status));
    statusWaiters.clear();
  }
}
