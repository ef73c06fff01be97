// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.patrolsim.dispatch.testing.Await;

/**
 * Machines of a test's own on one Linux host: {@code count} network namespaces, each with one
 * interface on a bridge of the host, on a private /24 whose host side is {@code .1} and whose
 * namespaces are {@code .2}, {@code .3}, ... Names ({@code pst<pid>...}) and subnet are this JVM's
 * own, so that tests running at once on one machine do not meet. {@link #close} removes all of it,
 * and so does a shutdown hook if the JVM is stopped first; namespaces left by a test JVM that was
 * killed outright (its pid gone) are removed by the next one. Needs root and iproute2's {@code ip}.
 */
final class NetworkNamespaces implements AutoCloseable {
  private static final String PREFIX = "pst";

  private final String name;
  private final String subnet;
  private final List<String> namespaces = new ArrayList<>();
  private final Thread hook = new Thread(this::remove, "remove-network-namespaces");
  private boolean bridge;

  private NetworkNamespaces(String name, String subnet) {
    this.name = name;
    this.subnet = subnet;
  }

  /**
   * Why this machine cannot make network namespaces (not root, no {@code ip}, {@code ip netns add}
   * refused), or empty when it can: for JUnit's assumptions, and the same checks as {@code
   * .ci/run}.
   */
  static Optional<String> unavailable() {
    try {
      if (!Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))) {
        return Optional.of("not root (ip netns needs root)");
      }
    } catch (IOException | UnsupportedOperationException e) {
      return Optional.of("not Linux (no /proc/self: " + e.getMessage() + ")");
    }
    if (ip().isEmpty()) {
      return Optional.of("no ip command (iproute2) on the PATH or in /usr/sbin, /sbin");
    }
    String trial = PREFIX + ProcessHandle.current().pid() + "t";
    Run add = run("netns", "add", trial);
    if (add.exit() != 0) {
      return Optional.of("ip netns add refused: " + add.output().strip());
    }
    run("netns", "del", trial);
    return Optional.empty();
  }

  /** Makes the bridge and {@code count} namespaces on it; on any failure removes what it made. */
  static NetworkNamespaces create(int count) {
    removeStale();
    long pid = ProcessHandle.current().pid();
    NetworkNamespaces net = new NetworkNamespaces(PREFIX + pid, freeSubnet(pid));
    Runtime.getRuntime().addShutdownHook(net.hook);
    try {
      String br = net.name + "b";
      net.bridge = true;
      net.must("link", "add", br, "type", "bridge");
      net.must("addr", "add", net.subnet + "1/24", "dev", br);
      net.must("link", "set", br, "up");
      for (int i = 0; i < count; i++) {
        String ns = net.name + "n" + i;
        String veth = net.name + "h" + i;
        net.namespaces.add(ns);
        net.must("netns", "add", ns);
        net.must("link", "add", veth, "type", "veth", "peer", "name", "eth0", "netns", ns);
        net.must("link", "set", veth, "master", br, "up");
        net.must("-n", ns, "addr", "add", net.address(i) + "/24", "dev", "eth0");
        net.must("-n", ns, "link", "set", "eth0", "up");
        net.must("-n", ns, "link", "set", "lo", "up");
      }
      return net;
    } catch (RuntimeException e) {
      net.close();
      throw e;
    }
  }

  /** The host's address on the bridge. */
  String hostAddress() {
    return subnet + "1";
  }

  /** Namespace {@code i}'s address. */
  String address(int i) {
    return subnet + (i + 2);
  }

  /** The command prefix that runs a command in namespace {@code i}. */
  List<String> exec(int i) {
    return List.of(ip().orElseThrow(), "netns", "exec", namespaces.get(i));
  }

  /** The namespaces and the bridge (with their interfaces), gone; checked. */
  @Override
  public void close() {
    remove();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs anyway
    }
    // the kernel frees a namespace's interfaces a moment after: wait for that condition, bounded
    Await.until(
        Duration.ofSeconds(10),
        () -> left().isEmpty(),
        "network namespaces and links of " + name + " removed");
  }

  /** The lines of {@code ip netns list} and {@code ip link show} that name this test's things. */
  private String left() {
    return (run("netns", "list").output() + "\n" + run("-o", "link", "show").output())
        .lines()
        .filter(
            l -> java.util.regex.Pattern.compile("\\b" + name + "[bhn][0-9]*\\b").matcher(l).find())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  private synchronized void remove() {
    for (int i = 0; i < namespaces.size(); i++) {
      run("link", "del", name + "h" + i); // its peer in the namespace goes with it
      run("netns", "del", namespaces.get(i));
    }
    namespaces.clear();
    if (bridge) {
      run("link", "del", name + "b");
      bridge = false;
    }
  }

  /** Namespaces and bridges of test JVMs that were killed before their cleanup ran. */
  private static void removeStale() {
    for (String word :
        (run("netns", "list").output() + " " + run("-o", "link", "show").output())
            .split("[\\s:@]+", -1)) {
      if (word.matches(PREFIX + "[0-9]+[bhnt][0-9]*")) {
        long pid = Long.parseLong(word.substring(PREFIX.length()).replaceAll("[bhnt][0-9]*$", ""));
        if (ProcessHandle.of(pid).isEmpty()) {
          run("netns", "del", word);
          run("link", "del", word);
        }
      }
    }
  }

  /** A private /24 from the pid, {@code 10.a.b.}, that no interface of the host is on. */
  private static String freeSubnet(long pid) {
    String used = run("-4", "-o", "addr", "show").output() + run("-4", "route").output();
    for (long k = pid; k < pid + 64; k++) {
      String subnet = "10." + (200 + (k / 256) % 50) + "." + (k % 256) + ".";
      if (!used.contains(subnet)) {
        return subnet;
      }
    }
    throw new IllegalStateException("no free 10.x.y.0/24 near the pid's: " + used);
  }

  private void must(String... args) {
    Run r = run(args);
    if (r.exit() != 0) {
      throw new IllegalStateException(
          "ip " + String.join(" ", args) + ": exit " + r.exit() + ": " + r.output().strip());
    }
  }

  record Run(int exit, String output) {}

  private static Run run(String... args) {
    List<String> command = new ArrayList<>();
    command.add(ip().orElseThrow());
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Run(-1, "timed out");
      }
      return new Run(p.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Run(-1, "interrupted");
    }
  }

  private static Optional<String> ip() {
    List<String> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(List.of(path.split(":", -1)));
    }
    dirs.addAll(List.of("/usr/sbin", "/sbin"));
    return dirs.stream()
        .filter(d -> !d.isEmpty())
        .map(d -> Path.of(d, "ip"))
        .filter(Files::isExecutable)
        .map(Path::toString)
        .findFirst();
  }
}
