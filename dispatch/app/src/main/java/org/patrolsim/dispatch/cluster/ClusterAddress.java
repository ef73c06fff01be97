// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import org.patrolsim.dispatch.sweep.SweepInputError;

/** A cluster node's address as users write it, {@code HOST:PORT}. */
public record ClusterAddress(String host, int port) {

  /** Parses {@code HOST:PORT}; {@code option} names the option for the message. */
  public static ClusterAddress parse(String text, String option) {
    int colon = text == null ? -1 : text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new SweepInputError(
          option + " '" + text + "': expected HOST:PORT, e.g. 127.0.0.1:2551");
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new SweepInputError(
          option + " '" + text + "': expected HOST:PORT with a port number, e.g. 127.0.0.1:2551");
    }
    if (port < 1 || port > 65535) {
      throw new SweepInputError(option + " '" + text + "': the port must be 1 to 65535");
    }
    return new ClusterAddress(text.substring(0, colon), port);
  }

  /**
   * Checks a host as {@code --host} gives it: a name or an address, without a port; {@code option}
   * names the option for the message.
   */
  public static String host(String text, String option, String portWords) {
    if (text == null || text.isBlank() || text.chars().anyMatch(Character::isWhitespace)) {
      throw new SweepInputError(
          option + " '" + text + "': expected a host name or an address, e.g. 127.0.0.1");
    }
    if (text.matches("[^:\\[\\]]+:[0-9]*")) {
      throw new SweepInputError(
          option
              + " '"
              + text
              + "': expected a host name or an address without a port, e.g. "
              + text.substring(0, text.indexOf(':'))
              + " ("
              + portWords
              + ")");
    }
    return text;
  }

  /** The Akka address of the node of system {@value ClusterConfig#SYSTEM} at this host and port. */
  public String akka() {
    return "akka://" + ClusterConfig.SYSTEM + "@" + host + ":" + port;
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
