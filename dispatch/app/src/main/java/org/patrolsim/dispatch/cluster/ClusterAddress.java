// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
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
   * Parses a comma-separated list of {@code HOST:PORT} (the cluster's seed nodes) and resolves each
   * host to its IP address: Akka tells nodes apart by the address as written, so {@code localhost}
   * and {@code 127.0.0.1} must become one. Duplicates are dropped, the order kept.
   */
  public static List<ClusterAddress> parseAll(String text, String option) {
    List<ClusterAddress> seeds = new ArrayList<>();
    for (String part : (text == null ? "" : text).split(",", -1)) {
      ClusterAddress seed = parse(part.strip(), option);
      ClusterAddress resolved = new ClusterAddress(resolve(seed.host(), option), seed.port());
      if (!seeds.contains(resolved)) {
        seeds.add(resolved);
      }
    }
    return List.copyOf(seeds);
  }

  /**
   * The IP address of {@code host} (a name or an address), as every node announces and addresses
   * it; {@code option} names the option for the message.
   */
  public static String resolve(String host, String option) {
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    try {
      return InetAddress.getByName(bare).getHostAddress();
    } catch (UnknownHostException e) {
      throw new SweepInputError(
          option + " '" + host + "': no such host; expected a host name or an IP address");
    }
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
