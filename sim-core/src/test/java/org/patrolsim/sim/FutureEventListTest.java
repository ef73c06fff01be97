// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bucketed future event list pops in exactly the order of a heap on the same key. */
class FutureEventListTest {

  @Test
  void interleavedAddsAndPollsComeOutInKeyOrder() {
    SplittableRandom random = new SplittableRandom(8);
    FutureEventList list = new FutureEventList();
    PriorityQueue<FutureEvent> heap = new PriorityQueue<>(FutureEvent.ORDER);
    List<FutureEvent> fromList = new ArrayList<>();
    List<FutureEvent> fromHeap = new ArrayList<>();
    long now = 0;
    long seq = 0;
    for (int round = 0; round < 2_000; round++) {
      int adds = random.nextInt(6);
      for (int i = 0; i < adds; i++) {
        long time = now + (random.nextInt(3) == 0 ? 0 : random.nextInt(5) * 100L);
        FutureEvent e =
            new FutureEvent(
                time,
                time == now ? random.nextInt(3) : 0,
                random.nextInt(-1, 20),
                seq++,
                random.nextInt(20),
                "m" + seq);
        list.add(e);
        heap.add(e);
      }
      int polls = random.nextInt(5);
      for (int i = 0; i < polls && !heap.isEmpty(); i++) {
        assertThat(list.peek()).isEqualTo(heap.peek());
        FutureEvent e = list.poll();
        fromList.add(e);
        fromHeap.add(heap.poll());
        now = e.time();
      }
      assertThat(list.isEmpty()).isEqualTo(heap.isEmpty());
    }
    while (!heap.isEmpty()) {
      fromList.add(list.poll());
      fromHeap.add(heap.poll());
    }
    assertThat(list.poll()).isNull();
    assertThat(fromList).hasSizeGreaterThan(4_000).isEqualTo(fromHeap);
  }

  @Test
  void sparseTimesOneEventEachComeOutInKeyOrderThroughGrowthAndReuse() {
    SplittableRandom random = new SplittableRandom(21);
    FutureEventList list = new FutureEventList();
    PriorityQueue<FutureEvent> heap = new PriorityQueue<>(FutureEvent.ORDER);
    long now = 0;
    long seq = 0;
    for (int round = 0; round < 20_000; round++) {
      // far more distinct pending times than the initial table, so it grows; drained buckets are
      // reused
      int adds = heap.size() < 500 ? 2 : random.nextInt(2);
      for (int i = 0; i < adds; i++) {
        long time = now + 1 + random.nextInt(1_000_000);
        FutureEvent e =
            new FutureEvent(time, 0, random.nextInt(50), seq++, random.nextInt(50), "m" + seq);
        list.add(e);
        heap.add(e);
      }
      FutureEvent e = list.poll();
      assertThat(e).isEqualTo(heap.poll());
      now = e.time();
      assertThat(list.peek()).isEqualTo(heap.peek());
    }
  }

  /**
   * {@code drainStep} takes exactly the events at the least (time, delta), mixed with interleaved
   * polls, and per target in the same order as the heap: what a step delivers does not depend on it
   * skipping the sort.
   */
  @Test
  void drainStepTakesTheLeastTimeAndDeltaInOrderPerTarget() {
    SplittableRandom random = new SplittableRandom(34);
    FutureEventList list = new FutureEventList();
    PriorityQueue<FutureEvent> heap = new PriorityQueue<>(FutureEvent.ORDER);
    long now = 0;
    long seq = 0;
    int drained = 0;
    for (int round = 0; round < 3_000; round++) {
      int adds = random.nextInt(12);
      for (int i = 0; i < adds; i++) {
        long time = now + (random.nextInt(4) == 0 ? 0 : random.nextInt(4) * 100L);
        FutureEvent e =
            new FutureEvent(
                time,
                time == now ? 1 + random.nextInt(3) : 0,
                random.nextInt(-1, 20),
                seq++,
                random.nextInt(6),
                "m" + seq);
        list.add(e);
        heap.add(e);
      }
      if (heap.isEmpty()) {
        continue;
      }
      if (random.nextInt(4) == 0) {
        FutureEvent e = list.poll();
        assertThat(e).isEqualTo(heap.poll());
        now = e.time();
        continue;
      }
      FutureEvent head = heap.peek();
      assertThat(list.nextTime()).isEqualTo(head.time());
      assertThat(list.nextDelta()).isEqualTo(head.delta());
      List<FutureEvent> expected = new ArrayList<>();
      while (!heap.isEmpty()
          && heap.peek().time() == head.time()
          && heap.peek().delta() == head.delta()) {
        expected.add(heap.poll());
      }
      List<FutureEvent> got = new ArrayList<>();
      list.drainStep(got::add);
      assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
      for (int target = 0; target < 6; target++) {
        int t = target;
        List<FutureEvent> mine =
            new ArrayList<>(got.stream().filter(e -> e.target() == t).toList());
        mine.sort(FutureEvent.ORDER);
        assertThat(mine).isEqualTo(expected.stream().filter(e -> e.target() == t).toList());
      }
      drained += got.size();
      now = head.time();
      assertThat(list.isEmpty()).isEqualTo(heap.isEmpty());
    }
    assertThat(drained).isGreaterThan(5_000);
  }
}
