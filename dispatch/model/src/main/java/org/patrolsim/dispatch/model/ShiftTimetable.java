// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.patrolsim.dispatch.scenario.Handover;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.MealPlan;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.geo.LatLon;

/**
 * Plans the fleet's shifts and breaks as a force would: cars are spread over the shift groups
 * (staggered start hours) so that neighbouring beats change crews at different times, and each
 * car's meal break gets a slot in the meal window of its shift so that at most {@code
 * fleet.maxShareOnMealBreak} of the cars eat at once and neighbouring beats do not eat together.
 * Greedy and deterministic: the most constrained car first, each takes the choice with the fewest
 * neighbours in it, then the least load, then the earliest. {@code mealPlan: car-index} keeps the
 * simple stagger of earlier versions (car i eats {@code (i mod 4) x 15} minutes after {@code
 * mealBreakAfterHours}).
 */
public final class ShiftTimetable {
  private static final long MIN = 60_000L;

  /** Beats whose centres are among the nearest few of a beat are its neighbours. */
  static final int NEIGHBOURS = 4;

  private static final long DAY_MS = 24 * 60 * MIN;

  /**
   * A part-day crew on duty longer than this many hours takes a meal break: the EU Working Time
   * Directive (2003/88/EC, Art. 4) gives a rest break to a working day longer than six hours.
   */
  static final double MEAL_AFTER_DUTY_HOURS = 6;

  private final Scenario.Fleet fleet;
  private final int cars;
  private final List<int[]> neighbours;
  private final long shiftMs;

  /**
   * The order in which cars were given their groups (most constrained first); meals follow it too.
   */
  private final List<Integer> order = new ArrayList<>();

  /**
   * The share of the cars on a meal break at once when {@code fleet.maxShareOnMealBreak} is not
   * given, raised to what the meal windows need to seat every crew (a small force in one shift
   * group eats two at a time, not never).
   */
  static final double DEFAULT_MEAL_SHARE = 0.125;

  private ShiftTimetable(Scenario.Fleet fleet, List<LatLon> beatCentres) {
    this.fleet = fleet;
    this.cars = beatCentres.size();
    this.neighbours = neighbours(beatCentres);
    this.shiftMs = Math.round(fleet.shiftHours() * 60) * MIN;
  }

  /** One shift plan per car, in car order, with its shift group. */
  public record Planned(List<ShiftPlan> plans, int[] groups, int mealCapacity, int mealPeak) {}

  /**
   * Plans every car's shifts and meal slot.
   *
   * @param beatCentres the centre of each car's beat (or its post), car order
   * @throws org.patrolsim.dispatch.scenario.ScenarioError when the meal windows cannot seat every
   *     crew within the share allowed on a break at once
   */
  public static Planned plan(LoadedScenario loaded, List<LatLon> beatCentres) {
    return new ShiftTimetable(loaded.scenario().fleet(), beatCentres).plan(loaded);
  }

  private Planned plan(LoadedScenario loaded) {
    int[] groups = groups();
    long mealMs = Math.round(fleet.mealBreakMinutes()) * MIN;
    long gap = Math.max(0, Math.round((fleet.handoverMinutes() - fleet.overlapMinutes()) * MIN));
    boolean atStation = fleet.handover() == Handover.STATION;
    Double share = fleet.maxShareOnMealBreak();
    int capacity =
        Math.max(1, (int) Math.floor((share == null ? DEFAULT_MEAL_SHARE : share) * cars + 1e-9));
    long[] offsets = new long[cars];
    int peak = 0;
    if (mealMs > 0) {
      if (fleet.mealPlan() == MealPlan.CAR_INDEX) {
        for (int car = 0; car < cars; car++) {
          long offset = Math.round(fleet.mealBreakAfterHours() * 60) * MIN + (car % 4) * 15L * MIN;
          offsets[car] = Math.max(0, Math.min(offset, shiftMs - mealMs));
        }
      } else {
        peak = spreadMeals(groups, mealMs, capacity, offsets);
        if (peak > capacity && share == null) {
          capacity = peak;
        } else if (peak > capacity) {
          throw loaded.error(
              "fleet.maxShareOnMealBreak",
              "expected a share that seats every crew's "
                  + fleet.mealBreakMinutes()
                  + "-minute meal in its window: "
                  + fleet.maxShareOnMealBreak()
                  + " of "
                  + cars
                  + " cars allows "
                  + capacity
                  + " on a break at once, but the windows need "
                  + peak
                  + "; raise the share or widen fleet.mealWindowHours, got "
                  + fleet.maxShareOnMealBreak());
        }
      }
    }
    List<ShiftPlan> plans = new ArrayList<>(cars);
    for (int car = 0; car < cars; car++) {
      long start = Math.round(fleet.shiftStartHours().get(groups[car]) * 60) * MIN;
      plans.add(new ShiftPlan(start, shiftMs, gap, atStation, mealMs, offsets[car]));
    }
    return new Planned(plans, groups, capacity, peak);
  }

  /**
   * The shifts of the cars of one part-day shift group ({@code fleet.extraShifts}): one crew a day,
   * on duty {@code hours} from {@code startHour}, no hand-over (the crew starts and ends at its
   * home station). A crew on duty longer than {@link #MEAL_AFTER_DUTY_HOURS} hours takes one meal
   * break, {@code fleet.mealBreakAfterHours} into its duty, the group's cars staggered one meal
   * length apart through {@code fleet.mealWindowHours} by their place in the group (and never past
   * the end of the duty); these meals are not counted against {@code fleet.maxShareOnMealBreak}.
   *
   * @return one plan per car of the group, in the group's car order
   */
  public static List<ShiftPlan> partDay(Scenario.Fleet fleet, Scenario.ExtraShift shift) {
    long dutyMs = Math.round(shift.hours() * 60) * MIN;
    long start = Math.round(shift.startHour() * 60) * MIN;
    boolean meal = shift.hours() > MEAL_AFTER_DUTY_HOURS && fleet.mealBreakMinutes() > 0;
    long mealMs = meal ? Math.round(fleet.mealBreakMinutes()) * MIN : 0;
    long after = Math.round(fleet.mealBreakAfterHours() * 60) * MIN;
    int slots =
        meal ? (int) Math.max(1, Math.round(fleet.mealWindowHours() * 60) * MIN / mealMs) : 1;
    List<ShiftPlan> plans = new ArrayList<>(shift.cars());
    for (int car = 0; car < shift.cars(); car++) {
      long offset =
          meal ? Math.max(0, Math.min(after + (car % slots) * mealMs, dutyMs - mealMs)) : 0;
      plans.add(new ShiftPlan(start, DAY_MS, 0, true, mealMs, offset, dutyMs));
    }
    return plans;
  }

  /**
   * Cars to shift groups, the groups as equal as can be, neighbours in different groups where
   * possible: a colouring of the beats' neighbour graph, most constrained car first (DSatur: the
   * car whose neighbours already use the most groups, then the one with the most neighbours, then
   * the lowest number), each to the group with the fewest of its neighbours, then the fewest cars.
   */
  private int[] groups() {
    int k = fleet.shiftStartHours().size();
    int capacity = (cars + k - 1) / k;
    int[] group = new int[cars];
    int[] size = new int[k];
    Arrays.fill(group, -1);
    for (int step = 0; step < cars; step++) {
      int car = mostConstrained(group);
      int best = -1;
      long bestScore = Long.MAX_VALUE;
      for (int g = 0; g < k; g++) {
        if (size[g] >= capacity) {
          continue;
        }
        long score = (long) neighboursIn(car, group, g) * cars * cars + (long) size[g] * cars + g;
        if (score < bestScore) {
          bestScore = score;
          best = g;
        }
      }
      group[car] = best;
      size[best]++;
      order.add(car);
    }
    return group;
  }

  private int mostConstrained(int[] group) {
    int best = -1;
    long bestKey = -1;
    for (int car = 0; car < cars; car++) {
      if (group[car] >= 0) {
        continue;
      }
      long used =
          Arrays.stream(neighbours.get(car))
              .filter(n -> group[n] >= 0)
              .map(n -> group[n])
              .distinct()
              .count();
      long key = (used * (cars + 1) + neighbours.get(car).length) * (cars + 1) + (cars - car);
      if (key > bestKey) {
        bestKey = key;
        best = car;
      }
    }
    return best;
  }

  private int neighboursIn(int car, int[] group, int g) {
    int n = 0;
    for (int other : neighbours.get(car)) {
      n += group[other] == g ? 1 : 0;
    }
    return n;
  }

  /**
   * Meal slots back to back through each group's window; each car takes the slot that least exceeds
   * the cap on cars eating at once, then the one with the fewest neighbours eating at the same
   * time, then the lowest peak of cars eating (over the whole shift cycle, all groups together),
   * then the earliest. Returns the highest number of cars eating at once.
   */
  private int spreadMeals(int[] groups, long mealMs, int capacity, long[] offsets) {
    int cycle = (int) (shiftMs / MIN);
    int[] load = new int[cycle];
    long windowMs = Math.round(fleet.mealWindowHours() * 60) * MIN;
    int slots = (int) Math.max(1, windowMs / mealMs);
    long after = Math.round(fleet.mealBreakAfterHours() * 60) * MIN;
    long[] mealStart = new long[cars];
    Arrays.fill(mealStart, -1);
    for (int car : order) {
      long groupStart = Math.round(fleet.shiftStartHours().get(groups[car]) * 60) * MIN;
      int bestSlot = 0;
      long bestScore = Long.MAX_VALUE;
      for (int slot = 0; slot < slots; slot++) {
        long start = Math.floorMod(groupStart + after + slot * mealMs, shiftMs);
        int peakThere = peak(load, start, mealMs);
        int clash = 0;
        for (int other : neighbours.get(car)) {
          clash += mealStart[other] >= 0 && overlaps(mealStart[other], start, mealMs) ? 1 : 0;
        }
        long over = Math.max(0, peakThere + 1 - capacity);
        long score = ((over * (cars + 1) + clash) * (cars + 1) + peakThere) * (slots + 1) + slot;
        if (score < bestScore) {
          bestScore = score;
          bestSlot = slot;
        }
      }
      offsets[car] = after + bestSlot * mealMs;
      mealStart[car] = Math.floorMod(groupStart + offsets[car], shiftMs);
      add(load, mealStart[car], mealMs);
    }
    return Arrays.stream(load).max().orElse(0);
  }

  private boolean overlaps(long a, long b, long length) {
    long d = Math.floorMod(b - a, shiftMs);
    return d < length || shiftMs - d < length;
  }

  private static int peak(int[] load, long startMs, long lengthMs) {
    int max = 0;
    int from = (int) (startMs / MIN);
    for (int m = 0; m < lengthMs / MIN; m++) {
      max = Math.max(max, load[(from + m) % load.length]);
    }
    return max;
  }

  private static void add(int[] load, long startMs, long lengthMs) {
    int from = (int) (startMs / MIN);
    for (int m = 0; m < lengthMs / MIN; m++) {
      load[(from + m) % load.length]++;
    }
  }

  /** Each beat's nearest few beats, made symmetric (if a is near b, b is near a). */
  static List<int[]> neighbours(List<LatLon> centres) {
    int n = centres.size();
    List<java.util.TreeSet<Integer>> sets = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sets.add(new java.util.TreeSet<>());
    }
    for (int i = 0; i < n; i++) {
      final int from = i;
      Integer[] order = new Integer[n];
      for (int j = 0; j < n; j++) {
        order[j] = j;
      }
      Arrays.sort(
          order,
          (a, b) -> {
            int c =
                Double.compare(
                    distance(centres.get(from), centres.get(a)),
                    distance(centres.get(from), centres.get(b)));
            return c != 0 ? c : Integer.compare(a, b);
          });
      int taken = 0;
      for (int j = 0; j < n && taken < NEIGHBOURS; j++) {
        if (order[j] != i) {
          sets.get(i).add(order[j]);
          sets.get(order[j]).add(i);
          taken++;
        }
      }
    }
    List<int[]> out = new ArrayList<>(n);
    for (var s : sets) {
      out.add(s.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  private static double distance(LatLon a, LatLon b) {
    double cos = Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
    double dLat = a.lat() - b.lat();
    double dLon = (a.lon() - b.lon()) * cos;
    return dLat * dLat + dLon * dLon;
  }
}
