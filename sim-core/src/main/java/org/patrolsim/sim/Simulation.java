// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.DispatcherSelector;
import akka.actor.typed.javadsl.Behaviors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One replication of a model: its entities, initial events, seed, horizon and pacing. Immutable;
 * each {@link #run} builds fresh entities from their factories, so a simulation can be run again
 * and gives the same records.
 *
 * <pre>{@code
 * SimulationResult r = Simulation.<Msg>builder()
 *     .seed(42).horizon(3_600_000)
 *     .entity("source", Source::new)
 *     .entity("server", Server::new)
 *     .build()
 *     .run(system).toCompletableFuture().join();
 * }</pre>
 *
 * @param <M> the model's message type
 */
public final class Simulation<M> {

  /** The dispatcher of coordinators and entity actors unless a builder says otherwise. */
  public static final String DEFAULT_DISPATCHER = "patrolsim.sim.dispatcher";

  private static final AtomicLong RUNS = new AtomicLong();

  /**
   * An event placed before the run starts, at (time, delta); its source is the external source,
   * which sorts first, and events of the same key keep the order in which they were added.
   */
  public record InitialEvent<M>(long time, int delta, EntityId target, M message) {}

  private final long seed;
  private final long horizon;
  private final Map<EntityId, Supplier<? extends Entity<M>>> entities;
  private final List<InitialEvent<M>> initialEvents;
  private final Consumer<SimRecord> recordSink;
  private final Pacing pacing;
  private final String dispatcher;
  private final int maxDeltaCycles;
  private final boolean lookahead;
  private final EntityDirectory directory;

  private Simulation(Builder<M> b) {
    this.lookahead = b.lookahead;
    this.seed = b.seed;
    this.horizon = b.horizon;
    this.entities = Collections.unmodifiableMap(new TreeMap<>(b.entities));
    this.directory = new EntityDirectory(entities.keySet());
    this.initialEvents = List.copyOf(b.initialEvents);
    this.recordSink = b.recordSink;
    this.pacing = b.pacing;
    this.dispatcher = b.dispatcher;
    this.maxDeltaCycles = b.maxDeltaCycles;
  }

  public static <M> Builder<M> builder() {
    return new Builder<>();
  }

  public long seed() {
    return seed;
  }

  public long horizon() {
    return horizon;
  }

  /** The entity ids in the engine's order (by name). */
  public Set<EntityId> entityIds() {
    return entities.keySet();
  }

  /**
   * Runs the replication on {@code system}; the stage fails with {@link SimulationException} on
   * misuse.
   */
  public CompletionStage<SimulationResult> run(ActorSystem<?> system) {
    return start(system).result();
  }

  /** Runs the replication on a private actor system that is terminated afterwards. */
  public SimulationResult run() {
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "patrolsim-sim");
    try {
      return run(system).toCompletableFuture().join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    } finally {
      system.terminate();
    }
  }

  /**
   * Starts the replication and returns its handle: result, and for paced runs
   * pause/resume/speed/inject.
   */
  public SimulationRun<M> start(ActorSystem<?> system) {
    return start(system, dispatcher);
  }

  /**
   * Starts the replication with its coordinator and entity actors on the dispatcher {@code
   * onDispatcher}.
   */
  SimulationRun<M> start(ActorSystem<?> system, String onDispatcher) {
    CompletableFuture<SimulationResult> result = new CompletableFuture<>();
    WallClock clock = pacing instanceof Pacing.Paced paced ? paced.clock() : null;
    long startWall = clock == null ? 0 : clock.millis();
    ActorRef<Coordinator.Command> coordinator =
        system.systemActorOf(
            Coordinator.create(this, result, startWall),
            "patrolsim-sim-" + RUNS.incrementAndGet(),
            DispatcherSelector.fromConfig(onDispatcher));
    return new SimulationRun<>(coordinator, result, entities.keySet(), system, clock);
  }

  Map<EntityId, Supplier<? extends Entity<M>>> entities() {
    return entities;
  }

  /** The entities as dense indices in name order, fixed at build. */
  EntityDirectory directory() {
    return directory;
  }

  List<InitialEvent<M>> initialEvents() {
    return initialEvents;
  }

  Consumer<SimRecord> recordSink() {
    return recordSink;
  }

  Pacing pacing() {
    return pacing;
  }

  String dispatcher() {
    return dispatcher;
  }

  int maxDeltaCycles() {
    return maxDeltaCycles;
  }

  boolean lookahead() {
    return lookahead;
  }

  /** Builds a {@link Simulation}. */
  public static final class Builder<M> {
    private long seed = 1;
    private long horizon = Long.MAX_VALUE - 1;
    private final Map<EntityId, Supplier<? extends Entity<M>>> entities = new LinkedHashMap<>();
    private final List<InitialEvent<M>> initialEvents = new ArrayList<>();
    private Consumer<SimRecord> recordSink;
    private Pacing pacing = Pacing.asFastAsPossible();
    private String dispatcher = DEFAULT_DISPATCHER;
    private int maxDeltaCycles = 100_000;
    private boolean lookahead = true;

    private Builder() {}

    /** The replication seed; entity streams derive from it (see {@link Seeds}). */
    public Builder<M> seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The end of simulated time in ms: events after it are not run. Default: unbounded. */
    public Builder<M> horizon(long horizonMillis) {
      if (horizonMillis < 0 || horizonMillis >= Long.MAX_VALUE) {
        throw new IllegalArgumentException(
            "horizon must be in [0, Long.MAX_VALUE), got " + horizonMillis);
      }
      this.horizon = horizonMillis;
      return this;
    }

    /** Adds an entity; the factory is called once per run. */
    public Builder<M> entity(EntityId id, Supplier<? extends Entity<M>> factory) {
      Objects.requireNonNull(factory, "factory");
      if (entities.putIfAbsent(id, factory) != null) {
        throw new IllegalArgumentException("duplicate entity id '" + id + "'");
      }
      return this;
    }

    public Builder<M> entity(String name, Supplier<? extends Entity<M>> factory) {
      return entity(EntityId.of(name), factory);
    }

    /**
     * An event delivered to {@code target} at {@code timeMillis} (at time 0: after every entity's
     * start).
     */
    public Builder<M> initialEvent(long timeMillis, EntityId target, M message) {
      if (timeMillis < 0) {
        throw new IllegalArgumentException(
            "initial event for '" + target + "' at negative time " + timeMillis);
      }
      initialEvents.add(
          new InitialEvent<>(
              timeMillis,
              timeMillis == 0 ? 1 : 0,
              target,
              Objects.requireNonNull(message, "message")));
      return this;
    }

    /**
     * An event delivered to {@code target} at exactly {@code at} (time and delta cycle): an event
     * injected into a live run ({@link SimulationRun#inject}), replayed where that run placed it.
     */
    public Builder<M> initialEvent(Placement at, EntityId target, M message) {
      initialEvents.add(
          new InitialEvent<>(
              at.time(), at.delta(), target, Objects.requireNonNull(message, "message")));
      return this;
    }

    /**
     * Receives every record in total order, on the coordinator's thread, as soon as its step is
     * merged (the live dashboard's feed). With a sink the result's record list stays empty.
     */
    public Builder<M> recordSink(Consumer<SimRecord> sink) {
      this.recordSink = sink;
      return this;
    }

    public Builder<M> pacing(Pacing pacing) {
      this.pacing = Objects.requireNonNull(pacing, "pacing");
      return this;
    }

    /**
     * Runs the coordinator and the entity actors on the Akka dispatcher configured at {@code
     * configPath} (default {@value #DEFAULT_DISPATCHER}, defined in sim-core's reference.conf).
     */
    public Builder<M> dispatcher(String configPath) {
      this.dispatcher = Objects.requireNonNull(configPath, "configPath");
      return this;
    }

    /** Zero-delay rounds allowed at one simulated time before the run fails as a livelock. */
    public Builder<M> maxDeltaCycles(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxDeltaCycles must be >= 1");
      }
      this.maxDeltaCycles = max;
      return this;
    }

    /**
     * Whether the sole active entity of a step may run ahead on its own later events (on by default
     * in runs as fast as possible; the records are the same either way, only the number of steps
     * changes).
     */
    public Builder<M> lookahead(boolean enabled) {
      this.lookahead = enabled;
      return this;
    }

    /** Checks the wiring: at least one entity, initial events address known entities. */
    public Simulation<M> build() {
      if (entities.isEmpty()) {
        throw new SimulationException("a simulation needs at least one entity");
      }
      for (InitialEvent<M> e : initialEvents) {
        if (!entities.containsKey(e.target())) {
          throw new SimulationException(
              null,
              e.time(),
              "initial event "
                  + e.message()
                  + " addressed to unknown target entity '"
                  + e.target()
                  + "'");
        }
      }
      return new Simulation<>(this);
    }
  }
}
