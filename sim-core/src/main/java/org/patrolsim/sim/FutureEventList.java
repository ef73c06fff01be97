// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The future event list: a priority queue in {@link FutureEvent#ORDER}, built for many events at the
 * same timestamp. Events are kept in one bucket per time; a bucket is sorted only when it is read and
 * only if something arrived out of order (outputs are merged in source order, so buckets are mostly
 * sorted runs, which TimSort merges in linear time). Adding costs a map lookup per event instead of a
 * heap sift.
 */
final class FutureEventList {

  private static final class Bucket {
    final ArrayList<FutureEvent> events = new ArrayList<>();
    int head;
    boolean sorted = true;

    void add(FutureEvent e) {
      if (sorted && events.size() > head && FutureEvent.ORDER.compare(events.get(events.size() - 1), e) > 0) {
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
  }

  private final TreeMap<Long, Bucket> buckets = new TreeMap<>();
  private Bucket first;
  private long firstTime;
  private int size;

  void add(FutureEvent e) {
    Bucket b = e.time() == firstTime && first != null ? first : buckets.computeIfAbsent(e.time(), t -> new Bucket());
    b.add(e);
    size++;
    if (first == null || e.time() < firstTime) {
      first = b;
      firstTime = e.time();
    }
  }

  void addAll(Collection<FutureEvent> events) {
    for (FutureEvent e : events) {
      add(e);
    }
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The next event in order, or null. */
  FutureEvent peek() {
    return first == null ? null : first.peek();
  }

  /** Removes and returns the next event in order, or null. */
  FutureEvent poll() {
    if (first == null) {
      return null;
    }
    FutureEvent e = first.peek();
    first.head++;
    size--;
    if (first.head == first.events.size()) {
      buckets.remove(firstTime);
      Map.Entry<Long, Bucket> next = buckets.firstEntry();
      first = next == null ? null : next.getValue();
      firstTime = next == null ? 0 : next.getKey();
    }
    return e;
  }
}
