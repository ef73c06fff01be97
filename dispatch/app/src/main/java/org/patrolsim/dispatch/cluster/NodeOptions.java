// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a node of the cluster runs and whom it joins, as the command line gives it, checked before
 * the node starts: every host resolved to its IP address, the bind address one of this machine's
 * and its port free.
 *
 * @param seeds the seed nodes (for a worker founding the cluster, its own address)
 * @param host the IP address others reach this node at, which it announces
 * @param bind the address it binds (the same as {@code host}, unless behind NAT or in a container)
 * @param port its port (0: any free one)
 * @param security the cluster secret and TLS
 * @param verbose Akka's own log on
 */
public record NodeOptions(
    List<ClusterAddress> seeds,
    String host,
    String bind,
    int port,
    ClusterSecurity security,
    boolean verbose) {

  /**
   * Checks and resolves the options: {@code host} and {@code bind} (null: {@code host}) without a
   * port, {@code port} 0 to 65535 and free on {@code bind}; {@code portWords} says where the port
   * comes from, for messages.
   */
  public static NodeOptions of(
      List<ClusterAddress> seeds,
      String host,
      String bind,
      int port,
      ClusterSecurity security,
      boolean verbose,
      String portWords) {
    if (port < 0 || port > 65535) {
      throw new org.patrolsim.dispatch.sweep.SweepInputError(
          "--port: expected 0 to 65535, got " + port);
    }
    String announced =
        ClusterAddress.resolve(ClusterAddress.host(host, "--host", portWords), "--host");
    String local =
        bind == null
            ? announced
            : ClusterAddress.resolve(ClusterAddress.host(bind, "--bind", portWords), "--bind");
    ClusterNode.checkBind(local, port, bind == null ? "--host" : "--bind");
    return new NodeOptions(List.copyOf(seeds), announced, local, port, security, verbose);
  }

  /**
   * The same node founding the cluster: its own address first among the seeds; on port 0 (any free
   * port, known only once bound) no seeds, and {@link ClusterNode#join} joins the node to itself.
   */
  NodeOptions founding() {
    if (port == 0) {
      return this;
    }
    List<ClusterAddress> all = new ArrayList<>();
    all.add(new ClusterAddress(host, port));
    seeds.stream().filter(s -> !all.contains(s)).forEach(all::add);
    return new NodeOptions(all, host, bind, port, security, verbose);
  }

  ClusterConfig.Node as(String role) {
    return new ClusterConfig.Node(role, host, bind, port, seeds, security, verbose);
  }
}
