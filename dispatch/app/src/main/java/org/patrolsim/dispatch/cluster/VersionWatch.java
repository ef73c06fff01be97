// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.ClusterEvent;
import akka.cluster.typed.Cluster;
import akka.cluster.typed.Subscribe;
import java.util.function.Consumer;

/**
 * Tells of every member that comes up with another patrolsim version than this node's (such a
 * worker refuses itself and leaves; its lanes would never get work, as the work's key holds the
 * version).
 */
final class VersionWatch {
  private VersionWatch() {}

  static Behavior<ClusterEvent.MemberUp> create(Consumer<String> notices) {
    return Behaviors.setup(
        context -> {
          Cluster cluster = Cluster.get(context.getSystem());
          cluster
              .subscriptions()
              .tell(Subscribe.create(context.getSelf(), ClusterEvent.MemberUp.class));
          String mine = cluster.selfMember().appVersion().version();
          return Behaviors.receiveMessage(
              up -> {
                String theirs = up.member().appVersion().version();
                if (!theirs.equals(mine)) {
                  notices.accept(
                      "refused a node of patrolsim "
                          + theirs
                          + " at "
                          + ClusterNode.hostPort(up.member().address())
                          + ": this cluster runs patrolsim "
                          + mine);
                }
                return Behaviors.same();
              });
        });
  }
}
