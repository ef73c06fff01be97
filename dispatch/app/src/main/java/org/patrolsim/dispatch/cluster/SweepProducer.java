// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.delivery.ConsumerController;
import akka.actor.typed.delivery.WorkPullingProducerController;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.TimerScheduler;
import akka.actor.typed.receptionist.Receptionist;
import akka.actor.typed.receptionist.ServiceKey;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.patrolsim.dispatch.sweep.ReplicationResult;
import org.patrolsim.dispatch.sweep.ReplicationTask;
import org.patrolsim.dispatch.sweep.SweepInputError;
import org.patrolsim.dispatch.sweep.TaskKey;

/**
 * The producer of a sweep on a cluster: hands replications to Akka's {@link
 * WorkPullingProducerController} one at a time as workers ask for them (the controller finds the
 * workers' lanes through the Receptionist and redelivers what a lost worker had not confirmed),
 * acknowledges every report, and files each replication once. One batch runs at a time. It
 * announces its sweep under {@link WorkKey#producers}, so that workers open lanes for it beside
 * those of other sweeps (the workers' lanes are shared: each sweep gets about its share), and it
 * says when other sweeps share the workers.
 */
final class SweepProducer extends AbstractBehavior<SweepProducer.Command> {

  sealed interface Command {}

  /**
   * Runs {@code tasks}; {@code results} hears each first result; {@code done} completes when all
   * are in.
   */
  record Submit(
      java.util.List<ReplicationTask> tasks,
      Consumer<ReplicationResult> results,
      CompletableFuture<Void> done)
      implements Command {}

  private record Next(WorkPullingProducerController.RequestNext<RunReplication> next)
      implements Command {}

  private record Report(WorkerReport report) implements Command {}

  private record Workers(Set<ActorRef<ConsumerController.Command<RunReplication>>> lanes)
      implements Command {}

  private record Producers(Set<ActorRef<Command>> producers) implements Command {}

  private enum NoWorkers implements Command {
    TIMEOUT
  }

  private final ActorRef<WorkerReport> reportTo;
  private final Deque<RunReplication> queue = new ArrayDeque<>();
  private final AtomicInteger lanes;
  private final WorkerQuorum quorum;
  private final Consumer<String> notices;
  private final Duration noWorkerTimeout;
  private final TimerScheduler<Command> timers;
  private WorkPullingProducerController.RequestNext<RunReplication> demand;
  private Set<String> workerNodes = new TreeSet<>();
  private Set<String> otherSweeps = new TreeSet<>();
  private Set<TaskKey> open = new HashSet<>();
  private Submit batch;

  private SweepProducer(
      ActorContext<Command> context,
      TimerScheduler<Command> timers,
      ServiceKey<ConsumerController.Command<RunReplication>> key,
      ServiceKey<Command> sweeps,
      AtomicInteger lanes,
      WorkerQuorum quorum,
      Consumer<String> notices,
      Duration noWorkerTimeout) {
    super(context);
    this.timers = timers;
    this.lanes = lanes;
    this.quorum = quorum;
    this.notices = notices;
    this.noWorkerTimeout = noWorkerTimeout;
    this.reportTo = context.messageAdapter(WorkerReport.class, Report::new);
    ActorRef<WorkPullingProducerController.Command<RunReplication>> controller =
        context.spawn(
            WorkPullingProducerController.create(
                RunReplication.class,
                "sweep-" + java.util.UUID.randomUUID(),
                key,
                Optional.empty()),
            "work-pulling");
    controller.tell(
        new WorkPullingProducerController.Start<>(
            context.messageAdapter(WorkPullingProducerController.requestNextClass(), Next::new)));
    // one adapter for both listings: a second adapter of the same class would replace the first
    ActorRef<Receptionist.Listing> listings =
        context.messageAdapter(
            Receptionist.Listing.class,
            listing ->
                listing.isForKey(key)
                    ? new Workers(listing.getAllServiceInstances(key))
                    : new Producers(listing.getAllServiceInstances(sweeps)));
    context.getSystem().receptionist().tell(Receptionist.subscribe(key, listings));
    context.getSystem().receptionist().tell(Receptionist.register(sweeps, context.getSelf()));
    context.getSystem().receptionist().tell(Receptionist.subscribe(sweeps, listings));
  }

  /**
   * A producer of work under {@code key}, announced under {@code sweeps}; {@code lanes} tracks how
   * many worker lanes are registered and {@code quorum} hears when enough worker nodes are; a batch
   * with no worker left for {@code noWorkerTimeout} fails.
   */
  static Behavior<Command> create(
      ServiceKey<ConsumerController.Command<RunReplication>> key,
      ServiceKey<Command> sweeps,
      AtomicInteger lanes,
      WorkerQuorum quorum,
      Consumer<String> notices,
      Duration noWorkerTimeout) {
    return Behaviors.withTimers(
        timers ->
            Behaviors.setup(
                context ->
                    new SweepProducer(
                        context, timers, key, sweeps, lanes, quorum, notices, noWorkerTimeout)));
  }

  /** Completes {@code reached} once at least {@code nodes} worker nodes offer lanes. */
  record WorkerQuorum(int nodes, CompletableFuture<Integer> reached) {
    void seen(int workerNodes) {
      if (workerNodes >= nodes) {
        reached.complete(workerNodes);
      }
    }
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Submit.class, this::onSubmit)
        .onMessage(Next.class, this::onNext)
        .onMessage(Report.class, this::onReport)
        .onMessage(Workers.class, this::onWorkers)
        .onMessage(Producers.class, this::onProducers)
        .onMessageEquals(NoWorkers.TIMEOUT, this::onNoWorkers)
        .build();
  }

  private Behavior<Command> onSubmit(Submit submit) {
    if (batch != null) {
      submit.done().completeExceptionally(new IllegalStateException("a batch is already running"));
      return this;
    }
    batch = submit;
    open = new HashSet<>();
    for (ReplicationTask task : submit.tasks()) {
      open.add(task.key());
      queue.add(new RunReplication(task, reportTo));
    }
    if (open.isEmpty()) {
      finish(null);
      return this;
    }
    if (workerNodes.isEmpty()) {
      timers.startSingleTimer(NoWorkers.TIMEOUT, noWorkerTimeout);
    }
    sendIfDemanded();
    return this;
  }

  private Behavior<Command> onNext(Next next) {
    demand = next.next();
    sendIfDemanded();
    return this;
  }

  private void sendIfDemanded() {
    if (demand != null && !queue.isEmpty()) {
      demand.sendNextTo().tell(queue.poll());
      demand = null;
    }
  }

  private Behavior<Command> onReport(Report r) {
    if (r.report() instanceof WorkerReport.Done done) {
      ReplicationResult result = done.result();
      ack(done.ackTo(), result.variant(), result.replication());
      if (batch != null && open.remove(result.key())) {
        try {
          batch.results().accept(result);
        } catch (RuntimeException e) {
          // filing failed (the journal cannot be written): end the batch with it rather than hang
          finish(e);
          return this;
        }
        if (open.isEmpty()) {
          finish(null);
        }
      }
    } else if (r.report() instanceof WorkerReport.Failed failed) {
      ack(failed.ackTo(), failed.variant(), failed.replication());
      if (batch != null && open.contains(new TaskKey(failed.variant(), failed.replication()))) {
        String where =
            "worker "
                + failed.worker()
                + ", variant "
                + failed.variant()
                + " replication "
                + failed.replication()
                + ": ";
        finish(
            failed.userError()
                ? new SweepInputError(where + failed.message())
                : new IllegalStateException(where + failed.message()));
      }
    }
    return this;
  }

  private static void ack(ActorRef<WorkerReport.Filed> ackTo, int variant, int replication) {
    if (ackTo != null) {
      ackTo.tell(new WorkerReport.Filed(variant, replication));
    }
  }

  private Behavior<Command> onWorkers(Workers w) {
    Set<String> nodes = new TreeSet<>();
    w.lanes().forEach(lane -> nodes.add(ClusterNode.hostPort(lane.path().address())));
    for (String gone : workerNodes) {
      if (!nodes.contains(gone) && batch != null) {
        notices.accept(
            "worker "
                + gone
                + " left the cluster; the replications it had not confirmed go to other"
                + " workers");
      }
    }
    workerNodes = nodes;
    lanes.set(w.lanes().size());
    quorum.seen(nodes.size());
    if (nodes.isEmpty() && batch != null) {
      timers.startSingleTimer(NoWorkers.TIMEOUT, noWorkerTimeout);
    } else {
      timers.cancel(NoWorkers.TIMEOUT);
    }
    return this;
  }

  private Behavior<Command> onProducers(Producers p) {
    Set<String> others = new TreeSet<>();
    for (ActorRef<Command> producer : p.producers()) {
      if (!producer.equals(getContext().getSelf())) {
        others.add(ClusterNode.hostPort(producer.path().address()));
      }
    }
    if (!others.equals(otherSweeps)) {
      notices.accept(
          others.isEmpty()
              ? "no other producer (sweep or optimise) shares the workers now"
              : others.size()
                  + " other producer(s) (sweep or optimise) share the workers (at "
                  + String.join(", ", others)
                  + "): each gets about its share of their lanes");
    }
    otherSweeps = others;
    return this;
  }

  private Behavior<Command> onNoWorkers() {
    if (batch != null && workerNodes.isEmpty()) {
      finish(
          new SweepInputError(
              "no worker in the cluster for "
                  + noWorkerTimeout.toSeconds()
                  + " s with "
                  + open.size()
                  + " replication(s) left to run; start workers with patrolsim worker --join"));
    }
    return this;
  }

  private void finish(Throwable failure) {
    Submit done = batch;
    batch = null;
    open = new HashSet<>();
    timers.cancel(NoWorkers.TIMEOUT);
    if (failure != null) {
      queue.clear();
      done.done().completeExceptionally(failure);
    } else {
      done.done().complete(null);
    }
  }
}
