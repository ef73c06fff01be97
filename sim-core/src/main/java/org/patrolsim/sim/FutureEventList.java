// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The future event list: a priority queue in {@link FutureEvent#ORDER}, built both for many events
 * at one timestamp (a crowded model) and for one event per timestamp (a sparse, dispatch-like
 * model). Events are kept in one bucket per time; a bucket is sorted only when it is read and only
 * if something arrived out of order (outputs are merged in source order, so buckets are mostly
 * sorted runs, which TimSort merges in linear time). Buckets sit in a binary heap by time and are
 * found by time through a primitive open-addressing table, and drained buckets are reused: no
 * boxing and no tree rebalancing per event, which is what a sparse model pays most.
 */
final class FutureEventList {

  private static final class Bucket {
    final ArrayList<FutureEvent> events = new ArrayList<>();
    long time;
    int head;
    boolean sorted = true;

    void add(FutureEvent e) {
      if (sorted
          && events.size() > head
          && FutureEvent.ORDER.compare(events.get(events.size() - 1), e) > 0) {
        sorted = false;
      }
      events.add(e);
    }

    FutureEvent peek() {
      if (!sorted) {
        events.subList(head, events.size()).sort(FutureEvent.ORDER);
        sorted = true;
      }
      return events.get(head);
    }

    void reset(long newTime) {
      events.clear();
      time = newTime;
      head = 0;
      sorted = true;
    }
  }

  private Bucket[] heap = new Bucket[64];
  private int heapSize;
  private final BucketsByTime byTime = new BucketsByTime();
  private final ArrayList<Bucket> spare = new ArrayList<>();
  private int size;

  void add(FutureEvent e) {
    long t = e.time();
    Bucket b = heapSize > 0 && heap[0].time == t ? heap[0] : byTime.get(t);
    if (b == null) {
      b = spare.isEmpty() ? new Bucket() : spare.remove(spare.size() - 1);
      b.reset(t);
      byTime.put(t, b);
      push(b);
    }
    b.add(e);
    size++;
  }

  void addAll(List<FutureEvent> events) {
    for (int i = 0, n = events.size(); i < n; i++) {
      add(events.get(i));
    }
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The time of the next event, without ordering anything; only when not {@link #isEmpty()}. */
  long nextTime() {
    return heap[0].time;
  }

  /**
   * The least delta cycle among the events at {@link #nextTime()}; only when not {@link
   * #isEmpty()}. A bucket holds events of at most a few delta cycles, so an unsorted one is
   * scanned, not sorted.
   */
  int nextDelta() {
    Bucket b = heap[0];
    if (b.sorted) {
      return b.events.get(b.head).delta();
    }
    int least = Integer.MAX_VALUE;
    for (int i = b.head, n = b.events.size(); i < n; i++) {
      least = Math.min(least, b.events.get(i).delta());
    }
    return least;
  }

  /**
   * Removes every event at ({@link #nextTime()}, {@link #nextDelta()}) and hands each to {@code
   * sink}: in order when the bucket is already sorted, else in arrival order (a step needs its
   * events in order per target only, which the caller restores on each target's few events; sorting
   * the whole bucket was most of this list's cost on crowded models). Only when not {@link
   * #isEmpty()}.
   */
  void drainStep(Consumer<FutureEvent> sink) {
    Bucket b = heap[0];
    int delta = nextDelta();
    ArrayList<FutureEvent> events = b.events;
    int n = events.size();
    if (b.sorted) {
      while (b.head < n && events.get(b.head).delta() == delta) {
        sink.accept(events.get(b.head++));
        size--;
      }
    } else {
      int kept = b.head;
      for (int i = b.head; i < n; i++) {
        FutureEvent e = events.get(i);
        if (e.delta() == delta) {
          sink.accept(e);
          size--;
        } else {
          events.set(kept++, e);
        }
      }
      events.subList(kept, n).clear();
      b.sorted = kept - b.head <= 1;
    }
    if (b.head == events.size()) {
      byTime.remove(b.time);
      popFirst();
      b.reset(0);
      spare.add(b);
    }
  }

  /** The next event in order, or null. */
  FutureEvent peek() {
    return heapSize == 0 ? null : heap[0].peek();
  }

  /** Removes and returns the next event in order, or null. */
  FutureEvent poll() {
    if (heapSize == 0) {
      return null;
    }
    Bucket first = heap[0];
    FutureEvent e = first.peek();
    first.head++;
    size--;
    if (first.head == first.events.size()) {
      byTime.remove(first.time);
      popFirst();
      first.reset(0);
      spare.add(first);
    }
    return e;
  }

  private void push(Bucket b) {
    if (heapSize == heap.length) {
      heap = Arrays.copyOf(heap, heapSize * 2);
    }
    int i = heapSize++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heap[parent].time <= b.time) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = b;
  }

  private void popFirst() {
    Bucket last = heap[--heapSize];
    heap[heapSize] = null;
    if (heapSize == 0) {
      return;
    }
    int i = 0;
    int half = heapSize >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      if (child + 1 < heapSize && heap[child + 1].time < heap[child].time) {
        child++;
      }
      if (last.time <= heap[child].time) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = last;
  }

  /** Time -> bucket, open addressing with linear probing and backward-shift deletion. */
  private static final class BucketsByTime {
    private long[] keys = new long[64];
    private Bucket[] values = new Bucket[64];
    private int count;

    private int slot(long time) {
      long h = time * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32)) & (keys.length - 1);
    }

    Bucket get(long time) {
      int mask = keys.length - 1;
      for (int i = slot(time); values[i] != null; i = (i + 1) & mask) {
        if (keys[i] == time) {
          return values[i];
        }
      }
      return null;
    }

    void put(long time, Bucket bucket) {
      if (2 * (count + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = slot(time);
      while (values[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = time;
      values[i] = bucket;
      count++;
    }

    void remove(long time) {
      int mask = keys.length - 1;
      int i = slot(time);
      while (keys[i] != time || values[i] == null) {
        i = (i + 1) & mask;
      }
      values[i] = null;
      count--;
      for (int j = (i + 1) & mask; values[j] != null; j = (j + 1) & mask) {
        int home = slot(keys[j]);
        boolean stays = i <= j ? i < home && home <= j : i < home || home <= j;
        if (!stays) {
          keys[i] = keys[j];
          values[i] = values[j];
          values[j] = null;
          i = j;
        }
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      Bucket[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new Bucket[oldKeys.length * 2];
      count = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldValues[i] != null) {
          put(oldKeys[i], oldValues[i]);
        }
      }
    }
  }
}
