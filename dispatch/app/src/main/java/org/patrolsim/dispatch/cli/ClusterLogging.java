// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

/**
 * Keeps a cluster node's console quiet: Akka's own warnings (a connection refused while joining, a
 * node marked unreachable) go through SLF4J, so its level for {@code akka} is raised to ERROR
 * unless the user asks for {@code --verbose}; the command prints its own one-line notices instead.
 */
final class ClusterLogging {
  private ClusterLogging() {}

  static void configure(boolean verbose) {
    System.setProperty("org.slf4j.simpleLogger.log.akka", verbose ? "info" : "error");
  }
}
