// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

/**
 * Keeps a cluster node's console quiet: Akka's own warnings (a connection refused while joining, a
 * node marked unreachable) go through SLF4J, so its level for {@code akka} is raised to ERROR
 * unless the user asks for {@code --verbose}, and the cluster's own log is off; the command prints
 * its own one-line notices instead.
 */
final class ClusterLogging {
  private ClusterLogging() {}

  static void configure(boolean verbose) {
    System.setProperty("org.slf4j.simpleLogger.log.akka", verbose ? "info" : "error");
    // a refused join (the cluster secret) is logged as an error with advice that does not apply;
    // the command says it in one line of its own
    System.setProperty("org.slf4j.simpleLogger.log.akka.cluster.Cluster", verbose ? "info" : "off");
  }
}
