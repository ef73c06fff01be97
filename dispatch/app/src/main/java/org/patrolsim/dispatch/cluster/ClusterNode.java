// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import akka.actor.CoordinatedShutdown;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Adapter;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.Member;
import akka.cluster.MemberStatus;
import akka.cluster.typed.Cluster;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.StreamSupport;
import org.patrolsim.dispatch.sweep.SweepInputError;

/**
 * Starting a cluster node and joining: the actor system, a bounded wait until this node is Up (a
 * seed node that cannot be reached gives one line, not a hang), and the version check against the
 * other members.
 */
final class ClusterNode {
  private ClusterNode() {}

  /**
   * Starts {@code node} and waits at most {@code timeout} until it is Up in the cluster of its
   * seeds; on failure the system is terminated and the line says why: refused (the cluster secret
   * does not match) or not reached in time. A node without seeds founds the cluster at the address
   * it got (a worker on {@code --port 0}).
   */
  static ActorSystem<Void> join(ClusterConfig.Node node, Duration timeout) {
    ActorSystem<Void> system =
        ActorSystem.create(Behaviors.empty(), ClusterConfig.SYSTEM, ClusterConfig.node(node));
    CompletableFuture<Void> up = new CompletableFuture<>();
    akka.cluster.Cluster cluster = akka.cluster.Cluster.get(Adapter.toClassic(system));
    cluster.registerOnMemberUp(() -> up.complete(null));
    if (node.seeds().isEmpty()) {
      cluster.join(cluster.selfAddress());
    }
    system.getWhenTerminated().whenComplete((done, e) -> up.complete(null));
    String seeds = node.seeds().isEmpty() ? hostPort(cluster.selfAddress()) : seeds(node.seeds());
    try {
      up.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      stop(system);
      throw new SweepInputError(
          "cannot reach the cluster at "
              + seeds
              + " within "
              + timeout.toSeconds()
              + " s: is a worker running at "
              + (node.seeds().size() == 1 ? "that address" : "one of them")
              + (node.security().secret().isPresent()
                  ? ", and does it use this node's --keystore?"
                  : ", and is the cluster unsecured (else give --secret-file and --keystore)?"));
    } catch (InterruptedException e) {
      stop(system);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while joining the cluster at " + seeds, e);
    } catch (ExecutionException e) {
      stop(system);
      throw new IllegalStateException(e.getCause());
    }
    Optional<CoordinatedShutdown.Reason> reason =
        CoordinatedShutdown.get(system).getShutdownReason();
    if (reason.isPresent()) {
      stop(system);
      if (reason.get() == CoordinatedShutdown.incompatibleConfigurationDetectedReason()) {
        throw new SweepInputError(
            "refused by the cluster at "
                + seeds
                + ": the cluster secret does not match"
                + (node.security().secret().isPresent()
                    ? " (check --secret-file)"
                    : " (the cluster is secured: give --secret-file, and --keystore if it uses"
                        + " TLS)"));
      }
      throw new SweepInputError(
          "could not join the cluster at " + seeds + " (" + reason.get() + ")");
    }
    return system;
  }

  /** Seed addresses for messages: "a:1" or "a:1, b:2". */
  static String seeds(List<ClusterAddress> seeds) {
    return String.join(", ", seeds.stream().map(ClusterAddress::toString).toList());
  }

  /**
   * Checks, before Akka tries (and fails with pages of log), that this machine can bind {@code
   * host:port}: a host that is not one of its addresses, or a port in use, ends in one line. {@code
   * port} 0 checks the address only.
   */
  static void checkBind(String host, int port, String option) {
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new SweepInputError(
          option + " '" + host + "': no such host; expected a name or an address of this machine");
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(address);
    } catch (BindException e) {
      String why = String.valueOf(e.getMessage());
      if (port != 0 && why.contains("in use")) {
        throw new SweepInputError(
            "--port "
                + port
                + ": already in use on "
                + host
                + " (another worker?); choose"
                + " another --port, or stop what holds it");
      }
      throw new SweepInputError(
          option
              + " '"
              + host
              + "': cannot bind to it ("
              + why
              + "); expected a name or an"
              + " address of this machine");
    } catch (IOException e) {
      throw new SweepInputError(
          option + " '" + host + "': cannot bind to it (" + e.getMessage() + ")");
    }
  }

  /** The members of another patrolsim version than this node's, as "host:port (version)". */
  static List<String> otherVersions(ActorSystem<?> system) {
    Cluster cluster = Cluster.get(system);
    String mine = cluster.selfMember().appVersion().version();
    List<String> others = new ArrayList<>();
    for (Member m :
        StreamSupport.stream(cluster.state().getMembers().spliterator(), false).toList()) {
      if (!m.equals(cluster.selfMember())
          && m.status() != MemberStatus.down()
          && m.status() != MemberStatus.removed()
          && !m.appVersion().version().equals(mine)) {
        others.add(hostPort(m.address()) + " (patrolsim " + m.appVersion().version() + ")");
      }
    }
    return others;
  }

  /** The version of the other members (the first other version seen), for messages. */
  static String theirVersion(ActorSystem<?> system) {
    Cluster cluster = Cluster.get(system);
    String mine = cluster.selfMember().appVersion().version();
    return StreamSupport.stream(cluster.state().getMembers().spliterator(), false)
        .map(m -> m.appVersion().version())
        .filter(v -> !v.equals(mine))
        .findFirst()
        .orElse(mine);
  }

  /** An address as host:port. */
  static String hostPort(akka.actor.Address address) {
    return address.getHost().orElse("?") + ":" + address.getPort().map(String::valueOf).orElse("?");
  }

  /** Terminates {@code system} (leaving the cluster gracefully) and waits a bounded time for it. */
  static void stop(ActorSystem<?> system) {
    system.terminate();
    try {
      system.getWhenTerminated().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // the JVM may still exit; nothing more to do
    }
  }
}
