// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

/**
 * The {@link CoverageScreen} score of every swap of one set of posts, each in one look at the
 * demand points rather than a walk of each point's sites. For each point it keeps the chosen sites
 * nearest first and the prefix sums of their weighted value and travel at their own rank, one rank
 * nearer and one rank farther; a swap moves one run of them one rank, so its score is a few
 * differences of those sums. The same sums as {@link CoverageScreen#score}, added in another order:
 * the two agree to rounding.
 */
final class SwapScores {
  private final CoverageScreen screen;
  private final boolean[] chosen;
  private final int posts;
  private final double[] qp;

  /** [site][point]: a chosen site's rank among the chosen; another's, the chosen nearer than it. */
  private final int[][] rank;

  // [point][k]: sums over the k nearest chosen sites of q^rank, q^(rank+1) and q^(rank-1) times
  // the value (1 or 0 for a step), and the same of road minutes
  private final double[][] cover;
  private final double[][] coverFarther;
  private final double[][] coverNearer;
  private final double[][] travel;
  private final double[][] travelFarther;
  private final double[][] travelNearer;

  /** The swaps of {@code chosen} (true for each site that holds a car), which it keeps in step. */
  SwapScores(CoverageScreen screen, boolean[] chosen) {
    this.screen = screen;
    this.chosen = chosen;
    int n = 0;
    for (boolean c : chosen) {
      n += c ? 1 : 0;
    }
    this.posts = n;
    this.qp = new double[posts + 2];
    for (int i = 0; i < qp.length; i++) {
      qp[i] = Math.pow(screen.q, i);
    }
    int points = screen.weight.length;
    this.rank = new int[chosen.length][points];
    this.cover = new double[points][posts + 1];
    this.coverFarther = new double[points][posts + 1];
    this.coverNearer = new double[points][posts + 1];
    this.travel = new double[points][posts + 1];
    this.travelFarther = new double[points][posts + 1];
    this.travelNearer = new double[points][posts + 1];
    rebuild();
  }

  private void rebuild() {
    for (int j = 0; j < screen.weight.length; j++) {
      int i = 0;
      for (int s : screen.order[j]) {
        rank[s][j] = i;
        if (chosen[s]) {
          double c = covered(j, s);
          double t = minutes(j, s);
          double nearer = i > 0 ? qp[i - 1] : 0;
          cover[j][i + 1] = cover[j][i] + qp[i] * c;
          coverFarther[j][i + 1] = coverFarther[j][i] + qp[i + 1] * c;
          coverNearer[j][i + 1] = coverNearer[j][i] + nearer * c;
          travel[j][i + 1] = travel[j][i] + qp[i] * t;
          travelFarther[j][i + 1] = travelFarther[j][i] + qp[i + 1] * t;
          travelNearer[j][i + 1] = travelNearer[j][i] + nearer * t;
          i++;
        }
      }
    }
  }

  private double covered(int point, int site) {
    return screen.value[point][site];
  }

  private double minutes(int point, int site) {
    double m = screen.minutes[point][site];
    return Double.isFinite(m) ? m : screen.longest;
  }

  /** The score of the set with a car at {@code in} (free now) instead of {@code out}. */
  Score score(int in, int out) {
    double c = 0;
    double t = 0;
    for (int j = 0; j < screen.weight.length; j++) {
      int a = rank[in][j];
      int b = rank[out][j];
      double[] c0 = cover[j];
      double[] t0 = travel[j];
      double pointCover;
      double pointTravel;
      if (a <= b) {
        // in takes rank a; the chosen from a to b - 1 move one farther; out's followers stay
        pointCover =
            c0[a]
                + qp[a] * covered(j, in)
                + coverFarther[j][b]
                - coverFarther[j][a]
                + c0[posts]
                - c0[b + 1];
        pointTravel =
            t0[a]
                + qp[a] * minutes(j, in)
                + travelFarther[j][b]
                - travelFarther[j][a]
                + t0[posts]
                - t0[b + 1];
      } else {
        // out leaves rank b; the chosen from b + 1 to a - 1 move one nearer; in takes rank a - 1
        pointCover =
            c0[b]
                + coverNearer[j][a]
                - coverNearer[j][b + 1]
                + qp[a - 1] * covered(j, in)
                + c0[posts]
                - c0[a];
        pointTravel =
            t0[b]
                + travelNearer[j][a]
                - travelNearer[j][b + 1]
                + qp[a - 1] * minutes(j, in)
                + t0[posts]
                - t0[a];
      }
      c += screen.weight[j] * pointCover;
      t += screen.weight[j] * pointTravel;
    }
    double free = 1 - screen.q;
    return new Score(free * c, free * t / (1 - qp[posts]));
  }

  /** Moves the car at {@code out} to {@code in}. */
  void swap(int in, int out) {
    chosen[in] = true;
    chosen[out] = false;
    rebuild();
  }
}
