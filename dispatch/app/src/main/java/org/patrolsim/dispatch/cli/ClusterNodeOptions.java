// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.patrolsim.dispatch.cluster.ClusterAddress;
import org.patrolsim.dispatch.cluster.ClusterSecurity;
import org.patrolsim.dispatch.cluster.NodeOptions;
import picocli.CommandLine.Option;

/**
 * The options every cluster node has ({@code worker}, {@code sweep --cluster}): the address it is
 * reached at and the one it binds, the cluster secret and TLS key store.
 */
final class ClusterNodeOptions {
  static final String LOCAL = "127.0.0.1";

  @Option(
      names = "--host",
      defaultValue = LOCAL,
      description =
          "This node's address, as other nodes reach it (default ${DEFAULT-VALUE}: this machine"
              + " only).")
  String host;

  @Option(
      names = "--bind",
      description =
          "The address to bind, when other nodes reach this one through another (NAT, a"
              + " container); default: --host.")
  String bind;

  @Option(
      names = "--secret-file",
      paramLabel = "FILE",
      description =
          "A file whose first line is the cluster secret: only nodes holding it join (and the"
              + " key store's password).")
  Path secretFile;

  @Option(
      names = "--keystore",
      paramLabel = "FILE",
      description =
          "A PKCS12 key store with the cluster's key and certificate: remoting over TLS, mutually"
              + " authenticated (needs --secret-file).")
  Path keystore;

  /** Whether any of these options was given (they go with --cluster, for a sweep). */
  boolean given() {
    return !host.equals(LOCAL) || bind != null || secretFile != null || keystore != null;
  }

  /** The checked node options, or one line naming the option. */
  NodeOptions resolve(List<ClusterAddress> seeds, int port, boolean verbose, String portWords) {
    ClusterSecurity security = ClusterSecurity.of(secretFile, keystore);
    return NodeOptions.of(seeds, host, bind, port, security, verbose, portWords);
  }

  /**
   * Says, on a node reachable from other machines, that the cluster is open: anyone reaching the
   * port may join, take scenarios and hand out work.
   */
  static void warnIfOpen(NodeOptions node, Consumer<String> notices) {
    if (node.security().secret().isPresent() && node.security().tls()) {
      return;
    }
    boolean loopback;
    try {
      loopback = InetAddress.getByName(node.bind()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      loopback = false;
    }
    if (loopback) {
      return;
    }
    notices.accept(
        node.security().secret().isPresent()
            ? "remoting is not encrypted (no --keystore): the secret keeps strangers out, but"
                + " scenarios and results cross the network in the clear"
            : "the cluster is open: anyone who reaches "
                + node.bind()
                + " may join it; give --secret-file and --keystore (docs/SWEEP.md, \"A secured"
                + " cluster\")");
  }
}
