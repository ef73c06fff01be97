// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HypercubeSpecReaderTest {
  private static final String GOOD =
      """
      units: 2
      serviceRates: [1.0, 2.0]
      queue: zero
      atoms:
        - { rate: 0.5, preference: [2, 1] }
        - { rate: 0.0, preference: [1, 2] }\
      """;

  @Test
  void readsYamlWithUnitsNumberedFromOne() {
    HypercubeSpec spec = HypercubeSpecReader.parse(GOOD, "good.yaml", false);
    assertThat(spec.units()).isEqualTo(2);
    assertThat(spec.serviceRates()).containsExactly(1.0, 2.0);
    assertThat(spec.lineCapacity()).isEqualTo(LineCapacity.ZERO);
    assertThat(spec.atoms().get(0).preference()).containsExactly(1, 0);
    assertThat(spec.atoms().get(0).homeUnit()).isEqualTo(1);
    assertThat(spec.travelTimes()).isEmpty();
  }

  @Test
  void readsJsonWithTravelTimes() {
    HypercubeSpec spec =
        HypercubeSpecReader.read(Path.of("src/test/resources/hypercube/with-travel-times.json"));
    assertThat(spec.travelTimes().orElseThrow()[1]).containsExactly(5.0, 3.0);
    assertThat(spec.lineCapacity()).isEqualTo(LineCapacity.INFINITE);
  }

  @Test
  void oneServiceRateServesAllUnits() {
    HypercubeSpec spec = LarsonOdoniExample.spec(LineCapacity.INFINITE);
    assertThat(spec.serviceRates()).containsExactly(1.0, 1.0, 1.0);
    assertThat(spec.totalArrivalRate())
        .isEqualTo(1.5, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void rejectsAPreferenceNamingAMissingUnit() {
    assertRejected(
        GOOD.replace("[2, 1] }", "[3, 1] }"),
        "spec.yaml: atoms[0] (atom 1).preference: unit 3 does not exist (units are numbered 1..2)");
  }

  @Test
  void rejectsANegativeRate() {
    assertRejected(
        GOOD.replace("rate: 0.5", "rate: -0.5"),
        "spec.yaml: atoms[0] (atom 1).rate: expected a number that is not negative, got -0.5");
  }

  @Test
  void rejectsAPartialPreferenceList() {
    assertRejected(GOOD.replace("[2, 1] }", "[2] }"), "must list every unit 1..2 once");
  }

  @Test
  void rejectsARepeatedUnit() {
    assertRejected(GOOD.replace("[2, 1] }", "[2, 2] }"), "unit 2 is listed twice");
  }

  @Test
  void rejectsUnknownFieldsAndBadQueue() {
    assertRejected(GOOD + "\nseed: 3", "spec.yaml: seed: unknown field");
    assertRejected(
        GOOD.replace("queue: zero", "queue: finite"),
        "spec.yaml: queue: expected infinite or zero");
    assertRejected(GOOD.replace("queue: zero\n", ""), "spec.yaml: queue: is missing");
  }

  @Test
  void rejectsServiceRatesOfTheWrongLength() {
    assertRejected(
        GOOD.replace("[1.0, 2.0]", "[1.0]"),
        "spec.yaml: serviceRates: expected one positive number");
    assertRejected(
        GOOD.replace("[1.0, 2.0]", "[1.0, 0]"),
        "serviceRates[1] (unit 2): expected a positive number");
  }

  @Test
  void rejectsAnUnstableInfiniteQueue() {
    assertRejected(
        GOOD.replace("queue: zero", "queue: infinite").replace("rate: 0.5", "rate: 3.0"),
        "an infinite queue needs total arrival rate 3.00000 below total service rate 3.00000");
  }

  @Test
  void rejectsADuplicateKey() {
    assertRejected(
        GOOD + "\nunits: 3", "spec.yaml: not valid YAML at line 7: Duplicate field 'units'");
  }

  @Test
  void rejectsMalformedYamlWithItsLine() {
    assertRejected("units: 2\natoms: [ {", "spec.yaml: not valid YAML at line");
  }

  @Test
  void rejectsAMissingFile() {
    assertThatThrownBy(() -> HypercubeSpecReader.read(Path.of("no/such/spec.yaml")))
        .isInstanceOf(InvalidHypercubeSpecException.class)
        .hasMessage("no/such/spec.yaml: no such file");
  }

  private static void assertRejected(String text, String message) {
    assertThatThrownBy(() -> HypercubeSpecReader.parse(text, "spec.yaml", false))
        .isInstanceOf(InvalidHypercubeSpecException.class)
        .hasMessageContaining(message);
  }
}
