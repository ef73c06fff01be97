// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.unit.CarId;

/** Crew kinds spread over the fleet in car order. */
class CrewRosterTest {
  static final CrewKind BRIGADE = new CrewKind("brigade", 1.2);
  static final CrewKind CADETS = new CrewKind("cadets", 0.9);

  @Test
  void aKindIsSpreadEvenlyOverTheFleet() {
    CrewRoster r = CrewRoster.of(12, List.of(new CrewRoster.Allocation(BRIGADE, 3)));
    List<Integer> brigade =
        IntStream.range(0, 12)
            .filter(i -> r.kindOf(CarId.ofIndex(i)).equals(BRIGADE))
            .boxed()
            .toList();
    assertThat(brigade).containsExactly(0, 4, 8);
    assertThat(r.kindOf(CarId.ofIndex(1))).isEqualTo(CrewKind.ORDINARY);
    assertThat(r.bestFactor()).isEqualTo(1.2);
  }

  @Test
  void partDayCarsNumberedAfterTheFleetCarryOrdinaryCrews() {
    CrewRoster r = CrewRoster.of(4, List.of(new CrewRoster.Allocation(BRIGADE, 4)));
    assertThat(r.kindOf(CarId.ofIndex(3))).isEqualTo(BRIGADE);
    assertThat(r.kindOf(CarId.ofIndex(4))).isEqualTo(CrewKind.ORDINARY);
    assertThat(r.kindOf(CarId.ofIndex(15))).isEqualTo(CrewKind.ORDINARY);
  }

  @Test
  void aLaterKindTakesTheNextFreeCarAndTheCountsHold() {
    CrewRoster r =
        CrewRoster.of(
            6,
            List.of(new CrewRoster.Allocation(BRIGADE, 2), new CrewRoster.Allocation(CADETS, 3)));
    long brigade =
        IntStream.range(0, 6).filter(i -> r.kindOf(CarId.ofIndex(i)).equals(BRIGADE)).count();
    long cadets =
        IntStream.range(0, 6).filter(i -> r.kindOf(CarId.ofIndex(i)).equals(CADETS)).count();
    assertThat(brigade).isEqualTo(2);
    assertThat(cadets).isEqualTo(3);
    assertThat(r.kindOf(CarId.ofIndex(1))).isEqualTo(CADETS); // position 0 taken by the brigade
  }

  @Test
  void noKindsLeavesEveryCrewOrdinaryWithFactorOne() {
    CrewRoster r = CrewRoster.of(4, List.of());
    assertThat(r.kindOf(CarId.ofIndex(3))).isEqualTo(CrewKind.ORDINARY);
    assertThat(r.bestFactor()).isEqualTo(1.0);
  }

  @Test
  void theBestFactorOfAFleetAllOfAWeakerKindIsThatKinds() {
    assertThat(CrewRoster.of(2, List.of(new CrewRoster.Allocation(CADETS, 2))).bestFactor())
        .isEqualTo(0.9);
  }

  @Test
  void moreCarsThanTheFleetIsRefused() {
    assertThatThrownBy(() -> CrewRoster.of(2, List.of(new CrewRoster.Allocation(CADETS, 3))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
