// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.optimise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.testing.GridCity;
import org.patrolsim.dispatch.testing.GridModels;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.geo.LatLon;

/**
 * The screen's search against enumeration, on the hand-made 15 x 15 grid: calls mostly at three hot
 * spots of unequal weight, an urgent target of one minute (about six blocks), four cars and 25
 * candidate sites on a 5 x 5 lattice of crossings: 12,650 sets of four, every one scored.
 *
 * <pre>
 *  row 12  . . H3. . . . . . . . . . . .     H1 (3, 3) weight 3
 *  row 11  . . . . . . . . . . H2. . . .     H2 (11, 10) weight 2
 *  row 3   . . . H1. . . . . . . . . . .     H3 (12, 2) weight 1
 *          sites at rows and columns 1, 4, 7, 10, 13
 * </pre>
 */
@IntegrationTest
class PostSearchTest {
  private static final int[] LATTICE = {1, 4, 7, 10, 13};
  @TempDir static Path dir;
  static CityModel model;
  static List<Site> sites;

  @BeforeAll
  static void build() {
    model =
        GridModels.model(
            dir,
            "fleet:\n  vehicles: 4\n  posts: [{"
                + GridModels.latLon(7, 7)
                + "}]\n"
                + "dispatch:\n  urgentTargetMinutes: 1\n"
                + "incidents:\n  perDay: 50\n  hotspotShare: 0.8\n  hotspots: [{"
                + GridModels.latLon(3, 3)
                + ", radiusMetres: 150, weight: 3}, {"
                + GridModels.latLon(11, 10)
                + ", radiusMetres: 150, weight: 2}, {"
                + GridModels.latLon(12, 2)
                + ", radiusMetres: 150, weight: 1}]\n"
                + "stations:\n  - {id: S, "
                + GridModels.latLon(0, 0.5)
                + "}\n");
    sites = new ArrayList<>();
    for (int r : LATTICE) {
      for (int c : LATTICE) {
        sites.add(
            new Site(
                Site.Kind.BUSY_PLACE,
                r + "-" + c,
                model.network().snap(new LatLon(GridCity.lat(r), GridCity.lon(c))).orElseThrow()));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.4})
  void theSearchFindsTheSetEnumerationFinds(double q) {
    searchFindsTheSetEnumerationFinds(CoverageScreen.of(model, sites, q), q);
  }

  /** The same with the settle value of street disposal, derived from the grid's plan. */
  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.4})
  void theSearchFindsTheSetEnumerationFindsOnTheSettleValue(double q) {
    ScreenValue value = ScreenValue.of(model, KpiCatalogue.STREET_DISPOSAL_SHARE, null);
    assertThat(value.kind()).isEqualTo(ScreenValue.Kind.SETTLE);
    searchFindsTheSetEnumerationFinds(CoverageScreen.of(model, sites, q, value), q);
  }

  private static void searchFindsTheSetEnumerationFinds(CoverageScreen screen, double q) {
    PostSearch.Result found = PostSearch.search(screen, 4, 5, 8, 1);
    int[] best = null;
    Score bestScore = null;
    int n = sites.size();
    int sets = 0;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        for (int c = b + 1; c < n; c++) {
          for (int d = c + 1; d < n; d++) {
            int[] set = {a, b, c, d};
            Score s = screen.score(set);
            sets++;
            if (bestScore == null || s.betterThan(bestScore)) {
              best = set;
              bestScore = s;
            }
          }
        }
      }
    }
    assertThat(sets).isEqualTo(12_650);
    // the optimum is not a trivial one: the calls are not all covered
    assertThat(bestScore.coverage()).isLessThan(1 - Math.pow(q, 4) - 1e-6);
    assertThat(found.best().sites())
        .as("q=%s, enumeration's score %s", q, bestScore)
        .isEqualTo(best);
    assertThat(found.best().score()).isEqualTo(bestScore);
    assertThat(found.evaluated()).isLessThan(sets);
    // the ranking is best first, distinct sets
    for (int i = 1; i < found.ranked().size(); i++) {
      assertThat(found.ranked().get(i).score().betterThan(found.ranked().get(i - 1).score()))
          .isFalse();
      assertThat(found.ranked().get(i).sites()).isNotEqualTo(found.ranked().get(i - 1).sites());
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.3})
  void theSameScreenGivesTheSameAnswer(double q) {
    PostSearch.Result a = PostSearch.search(CoverageScreen.of(model, sites, q), 4, 5, 8, 1);
    PostSearch.Result b = PostSearch.search(CoverageScreen.of(model, sites, q), 4, 5, 8, 1);
    assertThat(a.ranked()).hasSameSizeAs(b.ranked());
    for (int i = 0; i < a.ranked().size(); i++) {
      assertThat(a.ranked().get(i).sites()).isEqualTo(b.ranked().get(i).sites());
      assertThat(a.ranked().get(i).score()).isEqualTo(b.ranked().get(i).score());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {4})
  void candidatesAreThePostsTheStationsAndTheBusiestPlacesEachOnce(int cars) {
    List<Site> candidates = CandidateSites.of(model, cars);
    assertThat(candidates.get(0).kind()).isEqualTo(Site.Kind.START_POST);
    // four cars on one post: one site
    assertThat(candidates.stream().filter(s -> s.kind() == Site.Kind.START_POST)).hasSize(1);
    assertThat(candidates.stream().filter(s -> s.kind() == Site.Kind.STATION)).hasSize(1);
    assertThat(candidates.stream().filter(s -> s.kind() == Site.Kind.BUSY_PLACE)).hasSize(cars);
    assertThat(candidates.stream().map(Site::point).distinct()).hasSameSizeAs(candidates);
  }
}
