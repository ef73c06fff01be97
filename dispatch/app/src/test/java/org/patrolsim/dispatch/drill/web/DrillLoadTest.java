// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.testing.Await;
import org.patrolsim.dispatch.testing.EventStreamClient;
import org.patrolsim.dispatch.testing.TestDrill;

/**
 * Load on loopback, bounded in time, run by hand ({@code -Pload-tests}, see BENCHMARKS.md): the
 * default scenario (demo city, 48 cars) at 60 x real time with 20 observers connected for 60 s,
 * each reading the event stream a page reads, while the trainer injects an incident every 5 s. The
 * trainer's updates keep flowing: no update reaches an observer more than 2 s after the server took
 * it, no observer waits more than 2 s between two updates, and every injected incident reaches
 * every observer within 2 s of the trainer's request being answered. The heap after a full
 * collection stays flat (sampled every 5 s). The figures go to target/drill-load.json (the
 * process's CPU time counts the 20 observers' own reading too, as they run in this JVM).
 */
@Tag("load")
class DrillLoadTest {
  static final int OBSERVERS = 20;
  static final long RUN_MS = 60_000;
  static final long INJECT_EVERY_MS = 5_000;
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Where the trainer injects, as fractions of the map's bounding box (the city's inner districts).
   */
  static final double[][] PLACES = {{0.5, 0.5}, {0.42, 0.61}, {0.63, 0.44}, {0.35, 0.37}};

  @TempDir Path dir;

  /** What one observer saw. */
  static final class Observer implements Runnable {
    final EventStreamClient stream;
    final long until;
    long updates;
    long maxAgeMs;
    long maxGapMs;
    long bytes;
    final Map<Long, Long> injectionSeenMs = new ConcurrentHashMap<>();

    Observer(EventStreamClient stream, long until) {
      this.stream = stream;
      this.until = until;
    }

    @Override
    public void run() {
      long last = -1;
      try {
        while (System.currentTimeMillis() < until) {
          EventStreamClient.Event e = stream.next(3);
          if (e == null) {
            maxGapMs = Math.max(maxGapMs, System.currentTimeMillis() - last);
            continue;
          }
          JsonNode m = JSON.readTree(e.data());
          long now = e.receivedMs();
          if (last >= 0) {
            maxGapMs = Math.max(maxGapMs, now - last);
          }
          last = now;
          updates++;
          bytes += e.data().length();
          maxAgeMs = Math.max(maxAgeMs, now - m.get("frame").get("wallMs").asLong());
          for (JsonNode i : m.get("incidents")) {
            long n = i.get("injection").asLong();
            if (n > 0) {
              injectionSeenMs.putIfAbsent(n, now);
            }
          }
        }
      } catch (IOException | InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void twentyObserversForSixtySecondsAtSpeedSixty() throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    try (TestDrill drill = TestDrill.demoCity(dir, 60)) {
      Await.until(() -> drill.get("/api/state").body().contains("\"frame\""), "the first frame");
      JsonNode bounds = JSON.readTree(drill.get("/api/plan").body()).get("bounds");
      List<String> places = new ArrayList<>();
      for (double[] f : PLACES) {
        double lat =
            bounds.get(0).get(0).asDouble()
                + f[0] * (bounds.get(1).get(0).asDouble() - bounds.get(0).get(0).asDouble());
        double lon =
            bounds.get(0).get(1).asDouble()
                + f[1] * (bounds.get(1).get(1).asDouble() - bounds.get(0).get(1).asDouble());
        places.add(String.format(java.util.Locale.ROOT, "\"lat\": %.6f, \"lon\": %.6f", lat, lon));
      }
      HttpClient http = HttpClient.newHttpClient();
      long start = System.currentTimeMillis();
      long until = start + RUN_MS;
      List<Observer> observers = new ArrayList<>();
      ExecutorService readers = Executors.newFixedThreadPool(OBSERVERS);
      List<Future<?>> reading = new ArrayList<>();
      for (int i = 0; i < OBSERVERS; i++) {
        Observer o = new Observer(new EventStreamClient(http, drill.uri("/api/events")), until);
        observers.add(o);
        reading.add(readers.submit(o));
      }
      List<Long> heapMb = new ArrayList<>();
      Map<Long, Long> answeredMs = new LinkedHashMap<>();
      long simStart = simMs(drill);
      var os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpuStart = os.getProcessCpuTime();
      // the trainer's side on a timer of its own: a heap sample every 5 s, an injection every 5 s
      // from 2 s
      // in until 4 s before the end, and the end itself, which cancels both
      ScheduledExecutorService trainer = Executors.newSingleThreadScheduledExecutor();
      AtomicReference<Throwable> failed = new AtomicReference<>();
      // the trainer's futures are not needed: guarded keeps failures, shutdown ends the tasks
      var unusedHeap =
          trainer.scheduleAtFixedRate(
              guarded(
                  failed,
                  () -> {
                    System.gc();
                    heapMb.add((memory.getHeapMemoryUsage().getUsed() + (1 << 19)) >> 20);
                  }),
              0,
              5_000,
              TimeUnit.MILLISECONDS);
      var unusedInjections =
          trainer.scheduleAtFixedRate(
              guarded(
                  failed,
                  () -> {
                    if (System.currentTimeMillis() < until - 4_000) {
                      HttpResponse<String> r =
                          drill.trainer(
                              "/api/incidents",
                              "{\"type\": \"dispute\", "
                                  + places.get(answeredMs.size() % places.size())
                                  + "}");
                      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                      answeredMs.put(
                          JSON.readTree(r.body()).get("n").asLong(), System.currentTimeMillis());
                    }
                  }),
              2_000,
              INJECT_EVERY_MS,
              TimeUnit.MILLISECONDS);
      var unusedEnd =
          trainer.schedule(
              trainer::shutdown, until - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
      assertThat(trainer.awaitTermination(RUN_MS + 30_000, TimeUnit.MILLISECONDS)).isTrue();
      assertThat(failed.get()).as("the trainer's side").isNull();
      long simulated = simMs(drill) - simStart;
      double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
      readers.shutdown();
      assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      for (Future<?> r : reading) {
        r.get(); // an observer's failure fails the test
      }
      observers.forEach(o -> o.stream.close());

      long worstAge = observers.stream().mapToLong(o -> o.maxAgeMs).max().orElseThrow();
      long worstGap = observers.stream().mapToLong(o -> o.maxGapMs).max().orElseThrow();
      long fewestUpdates = observers.stream().mapToLong(o -> o.updates).min().orElseThrow();
      long worstInjection = 0;
      for (Observer o : observers) {
        for (Map.Entry<Long, Long> a : answeredMs.entrySet()) {
          Long seen = o.injectionSeenMs.get(a.getKey());
          assertThat(seen).as("injection " + a.getKey() + " seen by every observer").isNotNull();
          worstInjection = Math.max(worstInjection, seen - a.getValue());
        }
      }
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("observers", OBSERVERS);
      figures.put("wallSeconds", RUN_MS / 1000);
      figures.put("speed", 60);
      figures.put("simulatedSeconds", simulated / 1000);
      figures.put("injections", answeredMs.size());
      figures.put("updatesPerObserverMin", fewestUpdates);
      figures.put(
          "kilobytesPerObserverMean",
          observers.stream().mapToLong(o -> o.bytes).average().orElseThrow() / 1024);
      figures.put("worstUpdateAgeMs", worstAge);
      figures.put("worstGapBetweenUpdatesMs", worstGap);
      figures.put("worstInjectionToObserverMs", worstInjection);
      figures.put("heapAfterGcMbEvery5s", heapMb);
      figures.put("processCpuSeconds", Math.round(cpuSeconds * 10) / 10.0);
      figures.put("machineLoadAverage", os.getSystemLoadAverage());
      Files.writeString(
          Path.of("target", "drill-load.json"),
          JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures));
      System.out.println("drill load: " + figures);

      assertThat(simulated).as("simulated time kept pace").isGreaterThan(50 * 60_000);
      assertThat(worstAge).as("no update older than 2 s").isLessThanOrEqualTo(2_000);
      assertThat(worstGap)
          .as("no wait of more than 2 s between updates")
          .isLessThanOrEqualTo(2_000);
      assertThat(worstInjection)
          .as("every injection reaches every observer within 2 s")
          .isLessThanOrEqualTo(2_000);
      assertThat(fewestUpdates)
          .as("about four updates a second each")
          .isGreaterThan(RUN_MS / 1000 * 3);
      long settled = heapMb.get(2);
      assertThat(heapMb.subList(2, heapMb.size()))
          .as("heap after GC stays flat, MB (every 5 s)")
          .allSatisfy(mb -> assertThat(mb).isLessThanOrEqualTo(settled + 24));
    }
  }

  static long simMs(TestDrill drill) throws IOException {
    return JSON.readTree(drill.get("/api/state").body()).get("frame").get("simMs").asLong();
  }

  /** A step of the trainer's side that may throw: its failure is kept for the test to report. */
  interface Step {
    void run() throws Exception;
  }

  static Runnable guarded(AtomicReference<Throwable> failed, Step step) {
    return () -> {
      try {
        step.run();
      } catch (Throwable t) {
        failed.compareAndSet(null, t);
      }
    };
  }
}
