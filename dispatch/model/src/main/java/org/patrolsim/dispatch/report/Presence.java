// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report;

import java.util.List;

/**
 * Where a run's patrol time went ({@link PresenceTally}): per road segment (arrays indexed by
 * segment id; a segment no patrolling car passed may lie past their end), per hot spot, and for the
 * calls. Revisit intervals are the seconds between the starts of consecutive passes, -1 when the
 * segment had fewer than two passes (per hour block: none ended in the block). Not to be modified.
 *
 * @param totalMinutesPerDay the patrol minutes of every segment, per day of calls
 * @param revisitP50AllSegments the median of every segment's revisit intervals together, seconds
 *     (-1 when none)
 * @param revisitP90AllSegments their 90th percentile
 * @param minutesPerDay patrol minutes on the segment per day of calls
 * @param passesPerDay passes per day of calls
 * @param revisitP50 the median revisit interval over the whole run, seconds
 * @param revisitP90 its 90th percentile, seconds
 * @param revisitP50ByBlock per segment (null: fewer than two passes) and 4-hour block of the day,
 *     the median revisit interval of the passes that began in it
 * @param revisitP90ByBlock the same, 90th percentile
 * @param callsPassedShares for each look-back of {@link #LOOKBACK_HOURS}, the share of calls on a
 *     segment a patrolling car had been on within it before the call
 */
public record Presence(
    double totalMinutesPerDay,
    int revisitP50AllSegments,
    int revisitP90AllSegments,
    double[] minutesPerDay,
    double[] passesPerDay,
    int[] revisitP50,
    int[] revisitP90,
    int[][] revisitP50ByBlock,
    int[][] revisitP90ByBlock,
    List<Hotspot> hotspots,
    double[] callsPassedShares) {

  /** The look-backs of {@link #callsPassedShares}, in hours. */
  public static final int[] LOOKBACK_HOURS = PresenceTally.LOOKBACK_HOURS.clone();

  /** The hour blocks of the revisit intervals by block: 0-4, 4-8, ... */
  public static final int BLOCK_HOURS = PresenceTally.BLOCK_HOURS;

  /**
   * One hot spot: its segment and share of the expected calls, and the patrol it saw per day.
   *
   * @param koperShare the share of its visits that lasted 10 to 15 minutes (0 when none)
   */
  public record Hotspot(
      int segment,
      double callShare,
      double visitsPerDay,
      double minutesPerDay,
      double koperShare) {}

  /** The segments with measures: those any patrolling car passed (ids below this). */
  public int segments() {
    return minutesPerDay.length;
  }
}
