// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

/**
 * The relation between wall time and simulated time in a paced run: an anchor pair (wall,
 * simulated) and a speed, so that {@code sim = anchorSim + (wall - anchorWall) * speed}. Pausing,
 * resuming and changing speed move the anchor without moving simulated time; only a jump moves it,
 * and only forward. Plain arithmetic, owned by the coordinator.
 */
final class PacedClock {

  private final WallClock wall;
  private double speed;
  private boolean paused;
  private long anchorWall;
  private long anchorSim;

  PacedClock(WallClock wall, double speed, long startWall) {
    this.wall = wall;
    this.speed = speed;
    this.anchorWall = startWall;
  }

  WallClock wall() {
    return wall;
  }

  double speed() {
    return speed;
  }

  boolean paused() {
    return paused;
  }

  /**
   * The simulated time due at wall time {@code w}, never before {@code floor}, never after {@code
   * horizon}.
   */
  long simulatedAt(long w, long floor, long horizon) {
    if (paused) {
      return Math.max(floor, anchorSim);
    }
    double sim = anchorSim + (w - anchorWall) * speed;
    long t = sim >= horizon ? horizon : (long) Math.floor(sim);
    return Math.max(floor, t);
  }

  /** The first wall time at which simulated time {@code target} is due. */
  long wallTimeOf(long target) {
    long due = anchorWall + (long) Math.ceil((target - anchorSim) / speed);
    while (anchorSim + (due - anchorWall) * speed < target) {
      due++;
    }
    return due;
  }

  void pause(long w, long floor, long horizon) {
    anchorSim = simulatedAt(w, floor, horizon);
    anchorWall = w;
    paused = true;
  }

  void resume(long w) {
    anchorWall = w;
    paused = false;
  }

  /** Jumps ahead: {@code target} is due from wall time {@code w} on (paused or not). */
  void jumpTo(long target, long w, long floor, long horizon) {
    anchorSim = Math.max(simulatedAt(w, floor, horizon), Math.min(target, horizon));
    anchorWall = w;
  }

  void changeSpeed(double newSpeed, long w, long floor, long horizon) {
    anchorSim = simulatedAt(w, floor, horizon);
    anchorWall = w;
    speed = newSpeed;
  }
}
