// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real {@code patrolsim} in a JVM of its own, started by a test with this test's class path: its
 * output lines are collected as they come, and the test waits on conditions over them with generous
 * timeouts.
 */
final class JvmProcess implements AutoCloseable {
  final String name;
  final Process process;
  final List<String> out = new CopyOnWriteArrayList<>();
  final List<String> err = new CopyOnWriteArrayList<>();

  private JvmProcess(String name, Process process) {
    this.name = name;
    this.process = process;
    drain(process.getInputStream(), out);
    drain(process.getErrorStream(), err);
  }

  /** Starts {@code patrolsim ARGS} with the given JVM options. */
  static JvmProcess start(String name, List<String> jvmOptions, String... args) {
    return start(name, jvmOptions, java.util.Map.of(), args);
  }

  /** Starts {@code patrolsim ARGS} with the given JVM options and environment variables added. */
  static JvmProcess start(
      String name, List<String> jvmOptions, java.util.Map<String, String> env, String... args) {
    return start(List.of(), name, jvmOptions, env, args);
  }

  /**
   * Starts {@code PREFIX java ... patrolsim ARGS}: a prefix that runs a command somewhere else and
   * then becomes it ({@code ip netns exec NS}), so that this process is the JVM itself.
   */
  static JvmProcess start(
      List<String> prefix,
      String name,
      List<String> jvmOptions,
      java.util.Map<String, String> env,
      String... args) {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(PatrolSim.class.getName());
    command.addAll(List.of(args));
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(env);
      return new JvmProcess(name, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void drain(InputStream stream, List<String> lines) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // the process is gone
              }
            },
            name + "-output");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Waits until a line of standard output after the first {@code from} matches, or fails after
   * {@code limit}.
   */
  String awaitOut(int from, Predicate<String> line, Duration limit) {
    return await(out, from, line, limit);
  }

  /**
   * Waits until a line of standard error after the first {@code from} matches, or fails after
   * {@code limit}.
   */
  String awaitErr(int from, Predicate<String> line, Duration limit) {
    return await(err, from, line, limit);
  }

  private String await(List<String> lines, int from, Predicate<String> line, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      for (int i = from; i < lines.size(); i++) {
        if (line.test(lines.get(i))) {
          return lines.get(i);
        }
      }
      if (!process.isAlive() && lines.size() <= from) {
        break;
      }
      try {
        process.waitFor(50, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError(
        name
            + ": no such line within "
            + limit.toSeconds()
            + " s; out "
            + out
            + ", err "
            + err.subList(Math.max(0, err.size() - 20), err.size()));
  }

  /** Waits for the exit code, failing after {@code limit}. */
  int awaitExit(Duration limit) {
    try {
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError(
            name
                + " still running after "
                + limit.toSeconds()
                + " s; out "
                + out
                + ", err "
                + err.subList(Math.max(0, err.size() - 20), err.size()));
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Kills the JVM at once (no shutdown hook, no leaving the cluster): a machine that dies. */
  void kill() {
    process.destroyForcibly();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }
}
