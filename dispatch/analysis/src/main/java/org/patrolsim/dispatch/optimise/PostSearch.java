// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The search for posts on the screen: a greedy start (add the site that raises the score most, one
 * car at a time) followed by Teitz and Bart's vertex substitution (Teitz, M. B. and Bart, P.
 * (1968), "Heuristic methods for estimating the generalized vertex median of a weighted graph",
 * Operations Research 16(5), 955-961): for each site without a car in turn, the swap with the car's
 * site that improves the score most is made; passes repeat until one makes no swap. Every set of
 * the right size it scores is ranked, so the best few are at hand for confirmation. Sites are tried
 * in index order and ties keep the lower index: the same screen gives the same answer.
 */
public final class PostSearch {

  /**
   * A set of posts and its score.
   *
   * @param sites the sites holding a car, ascending
   * @param score the screen's score
   */
  public record Ranked(int[] sites, Score score) {
    public Ranked {
      sites = sites.clone();
    }

    @Override
    public int[] sites() {
      return sites.clone();
    }
  }

  /**
   * What the search found.
   *
   * @param ranked the best distinct sets it scored, best first
   * @param evaluated how many sets it scored (all sizes)
   * @param passes the interchange passes of all starts (the last of each made no swap)
   * @param starts the starts: the greedy one and the random ones
   */
  public record Result(List<Ranked> ranked, int evaluated, int passes, int starts) {
    public Result {
      ranked = List.copyOf(ranked);
    }

    public Ranked best() {
      return ranked.get(0);
    }
  }

  private final CoverageScreen screen;
  private final int posts;
  private final Map<List<Integer>, Score> full = new HashMap<>();
  private int evaluated;

  private PostSearch(CoverageScreen screen, int posts) {
    this.screen = screen;
    this.posts = posts;
  }

  /**
   * The best {@code keep} sets of {@code posts} sites the search meets from the greedy start and
   * {@code starts - 1} random ones drawn from {@code seed}.
   */
  public static Result search(CoverageScreen screen, int posts, int keep, int starts, long seed) {
    if (posts < 1 || posts > screen.sites() || starts < 1) {
      throw new IllegalArgumentException(
          posts + " posts among " + screen.sites() + " sites, " + starts + " starts");
    }
    PostSearch search = new PostSearch(screen, posts);
    int passes = search.interchange(search.greedy());
    SplittableRandom random = new SplittableRandom(seed);
    for (int s = 1; s < starts; s++) {
      passes += search.interchange(search.randomSet(random));
    }
    return search.result(keep, passes, starts);
  }

  /** A set of {@code posts} sites drawn at random (a partial Fisher-Yates shuffle). */
  private boolean[] randomSet(SplittableRandom random) {
    int[] sites = new int[screen.sites()];
    Arrays.setAll(sites, i -> i);
    boolean[] chosen = new boolean[sites.length];
    for (int i = 0; i < posts; i++) {
      int j = i + random.nextInt(sites.length - i);
      int t = sites[i];
      sites[i] = sites[j];
      sites[j] = t;
      chosen[sites[i]] = true;
    }
    return chosen;
  }

  private boolean[] greedy() {
    boolean[] chosen = new boolean[screen.sites()];
    for (int step = 0; step < posts; step++) {
      int best = -1;
      Score bestScore = null;
      for (int s = 0; s < chosen.length; s++) {
        if (!chosen[s]) {
          chosen[s] = true;
          Score score = score(chosen, step + 1);
          chosen[s] = false;
          if (bestScore == null || score.betterThan(bestScore)) {
            best = s;
            bestScore = score;
          }
        }
      }
      chosen[best] = true;
    }
    return chosen;
  }

  /** Vertex substitution from {@code chosen} until a pass makes no swap; the passes it took. */
  private int interchange(boolean[] chosen) {
    Score current = score(chosen, posts);
    SwapScores swaps = new SwapScores(screen, chosen);
    int passes = 0;
    boolean swapped = true;
    while (swapped) {
      swapped = false;
      passes++;
      for (int in = 0; in < chosen.length; in++) {
        if (chosen[in]) {
          continue;
        }
        int bestOut = -1;
        Score bestScore = current;
        for (int out = 0; out < chosen.length; out++) {
          if (!chosen[out]) {
            continue;
          }
          Score score = swapped(chosen, in, out, swaps.score(in, out));
          if (score.betterThan(bestScore)) {
            bestOut = out;
            bestScore = score;
          }
        }
        if (bestOut >= 0) {
          swaps.swap(in, bestOut);
          current = bestScore;
          swapped = true;
        }
      }
    }
    return passes;
  }

  private Result result(int keep, int passes, int starts) {
    List<Ranked> ranked = new ArrayList<>();
    full.forEach(
        (sites, score) -> ranked.add(new Ranked(sites.stream().mapToInt(i -> i).toArray(), score)));
    ranked.sort(ORDER);
    // the swaps' scores agree with the screen's to rounding: the best few scored again by the
    // screen, so that near ties fall as the screen has them and the scores are the screen's
    List<Ranked> best = new ArrayList<>();
    for (Ranked r : ranked.subList(0, Math.min(keep + RESCORED, ranked.size()))) {
      best.add(new Ranked(r.sites(), screen.score(r.sites())));
    }
    best.sort(ORDER);
    return new Result(best.subList(0, Math.min(keep, best.size())), evaluated, passes, starts);
  }

  /** The sets beyond those kept that are scored again before the final ranking. */
  private static final int RESCORED = 16;

  // a transitive order (a comparator with a tolerance would not be): more coverage on the grid of
  // Score.GRAIN, less travel, then the sites
  private static final Comparator<Ranked> ORDER =
      Comparator.comparingLong((Ranked r) -> -r.score().coverageKey())
          .thenComparingDouble(r -> r.score().expectedMinutes())
          .thenComparing(Ranked::sites, Arrays::compare);

  /** Counts and files the score of {@code chosen} with {@code in} for {@code out}. */
  private Score swapped(boolean[] chosen, int in, int out, Score score) {
    evaluated++;
    List<Integer> sites = new ArrayList<>(posts);
    for (int s = 0; s < chosen.length; s++) {
      if (s == in || (chosen[s] && s != out)) {
        sites.add(s);
      }
    }
    full.putIfAbsent(List.copyOf(sites), score);
    return score;
  }

  private Score score(boolean[] chosen, int size) {
    evaluated++;
    Score score = screen.score(chosen);
    if (size == posts) {
      List<Integer> sites = new ArrayList<>(posts);
      for (int s = 0; s < chosen.length; s++) {
        if (chosen[s]) {
          sites.add(s);
        }
      }
      full.putIfAbsent(List.copyOf(sites), score);
    }
    return score;
  }
}
