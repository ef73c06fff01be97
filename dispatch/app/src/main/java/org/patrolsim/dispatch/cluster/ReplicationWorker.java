// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import akka.actor.Address;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.delivery.ConsumerController;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.receptionist.ServiceKey;
import akka.cluster.MemberStatus;
import akka.cluster.typed.Cluster;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.patrolsim.dispatch.UserInputError;
import org.patrolsim.dispatch.sweep.ReplicationResult;
import org.patrolsim.dispatch.sweep.ReplicationRunner;
import org.patrolsim.dispatch.sweep.ReplicationTask;

/**
 * One lane of a worker node: a consumer of Akka's work pulling. Its {@code ConsumerController},
 * registered with the Receptionist under the work's service key, hands it one {@link
 * RunReplication} at a time; it runs the replication on the node's {@link ReplicationRunner},
 * reports the KPIs to the producer, waits for the producer's acknowledgement (asking again while
 * the producer is still in the cluster) and only then confirms. A worker that dies before
 * confirming has its replication redelivered elsewhere.
 */
final class ReplicationWorker extends AbstractBehavior<ReplicationWorker.Command> {
  static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

  sealed interface Command {}

  private record Delivered(ConsumerController.Delivery<RunReplication> delivery)
      implements Command {}

  private record Ran(ConsumerController.Delivery<RunReplication> delivery, WorkerReport report)
      implements Command {}

  private record Acknowledged(
      ConsumerController.Delivery<RunReplication> delivery, WorkerReport report, boolean filed)
      implements Command {}

  private final ReplicationRunner runner;
  private final String worker;
  private final Consumer<String> notices;

  private ReplicationWorker(
      ActorContext<Command> context,
      ServiceKey<ConsumerController.Command<RunReplication>> key,
      ReplicationRunner runner,
      Consumer<String> notices) {
    super(context);
    this.runner = runner;
    this.notices = notices;
    this.worker = ClusterNode.hostPort(Cluster.get(context.getSystem()).selfMember().address());
    ActorRef<ConsumerController.Delivery<RunReplication>> adapter =
        context.messageAdapter(ConsumerController.deliveryClass(), Delivered::new);
    ActorRef<ConsumerController.Command<RunReplication>> controller =
        context.spawn(ConsumerController.create(key), "consumer-controller");
    controller.tell(new ConsumerController.Start<>(adapter));
  }

  /**
   * A lane consuming work registered under {@code key}; {@code notices} hears each start (verbose
   * mode).
   */
  static Behavior<Command> create(
      ServiceKey<ConsumerController.Command<RunReplication>> key,
      ReplicationRunner runner,
      Consumer<String> notices) {
    return Behaviors.setup(context -> new ReplicationWorker(context, key, runner, notices));
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Delivered.class, this::onDelivered)
        .onMessage(Ran.class, this::onRan)
        .onMessage(Acknowledged.class, this::onAcknowledged)
        .build();
  }

  private Behavior<Command> onDelivered(Delivered d) {
    ReplicationTask task = d.delivery().message().task();
    notices.accept("replication " + task.variant() + "/" + task.replication() + " started");
    getContext()
        .pipeToSelf(
            runner.run(task),
            (result, failure) -> new Ran(d.delivery(), report(task, result, failure)));
    return this;
  }

  private WorkerReport report(ReplicationTask task, ReplicationResult result, Throwable failure) {
    if (failure == null) {
      return new WorkerReport.Done(result, worker, null);
    }
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    boolean user = cause instanceof UserInputError;
    String message = user ? cause.getMessage() : cause.toString();
    return new WorkerReport.Failed(task.variant(), task.replication(), user, message, worker, null);
  }

  private Behavior<Command> onRan(Ran ran) {
    ask(ran.delivery(), ran.report());
    return this;
  }

  private void ask(ConsumerController.Delivery<RunReplication> delivery, WorkerReport report) {
    getContext()
        .ask(
            WorkerReport.Filed.class,
            delivery.message().reportTo(),
            ACK_TIMEOUT,
            ackTo -> withAck(report, ackTo),
            (filed, failure) -> new Acknowledged(delivery, report, filed != null));
  }

  private static WorkerReport withAck(WorkerReport report, ActorRef<WorkerReport.Filed> ackTo) {
    if (report instanceof WorkerReport.Done d) {
      return new WorkerReport.Done(d.result(), d.worker(), ackTo);
    }
    WorkerReport.Failed f = (WorkerReport.Failed) report;
    return new WorkerReport.Failed(
        f.variant(), f.replication(), f.userError(), f.message(), f.worker(), ackTo);
  }

  private Behavior<Command> onAcknowledged(Acknowledged a) {
    if (!a.filed() && producerInCluster(a.delivery().message().reportTo())) {
      ask(a.delivery(), a.report());
      return this;
    }
    a.delivery().confirmTo().tell(ConsumerController.confirmed());
    return this;
  }

  /** Whether the producer's node is still a member (else its report has no one to go to). */
  private boolean producerInCluster(ActorRef<WorkerReport> producer) {
    Address address = producer.path().address();
    if (!address.hasGlobalScope()) {
      return true;
    }
    return StreamSupport.stream(
            Cluster.get(getContext().getSystem()).state().getMembers().spliterator(), false)
        .anyMatch(
            m ->
                m.address().equals(address)
                    && m.status() != MemberStatus.down()
                    && m.status() != MemberStatus.removed()
                    && m.status() != MemberStatus.exiting());
  }
}
