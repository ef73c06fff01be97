// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.report.RunFold;
import org.patrolsim.dispatch.report.RunReport;

/**
 * Folds a run's events on a thread of its own, so that the engine does not wait while the report's
 * files are written: the engine's record sink hands events over in batches through a bounded queue
 * (it waits when the fold falls behind, so memory stays bounded), and one thread folds them in the
 * order given, so the files are the same bytes as when folded on the engine's thread. A fold that
 * throws stops taking events; the engine's next hand-over rethrows its exception, and so does
 * {@link #finish}.
 */
final class FoldThread implements Consumer<DispatchEvent>, AutoCloseable {
  private static final int BATCH = 1024;
  private static final List<DispatchEvent> END = List.of();

  private final RunFold fold;
  private final BlockingQueue<List<DispatchEvent>> queue = new ArrayBlockingQueue<>(64);
  private final Thread thread;
  private List<DispatchEvent> batch = new ArrayList<>(BATCH);
  private volatile RuntimeException failure;
  private boolean ended;

  FoldThread(RunFold fold) {
    this.fold = fold;
    this.thread = new Thread(this::drain, "patrolsim-report-fold");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void accept(DispatchEvent e) {
    rethrowFailure();
    batch.add(e);
    if (batch.size() == BATCH) {
      handOver(batch);
      batch = new ArrayList<>(BATCH);
    }
  }

  /** The engine has stopped: folds what is left, ends the fold and gives its report. */
  RunReport finish() {
    end();
    rethrowFailure();
    return fold.finish();
  }

  /**
   * Stops the thread (after a failed run: what is queued is folded or dropped, nothing is
   * finished).
   */
  @Override
  public void close() {
    end();
  }

  private void end() {
    if (ended) {
      return;
    }
    ended = true;
    if (!batch.isEmpty()) {
      handOver(batch);
    }
    handOver(END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the report was folded", e);
    }
  }

  private void handOver(List<DispatchEvent> events) {
    try {
      queue.put(events);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the report was folded", e);
    }
  }

  private void drain() {
    try {
      while (true) {
        List<DispatchEvent> events = queue.take();
        if (events == END) {
          return;
        }
        if (failure == null) {
          try {
            events.forEach(fold);
          } catch (RuntimeException e) {
            failure = e;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void rethrowFailure() {
    RuntimeException f = failure;
    if (f != null) {
      throw f;
    }
  }
}
