// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Entity ids as dense indices in name order, resolved without a lookup once an id instance is
 * known.
 */
class EntityDirectoryTest {

  private static EntityDirectory directory(String... names) {
    TreeSet<EntityId> ids = new TreeSet<>();
    for (String n : names) {
      ids.add(EntityId.of(n));
    }
    return new EntityDirectory(ids);
  }

  @Test
  void indicesFollowNameOrderNotRegistrationOrder() {
    EntityDirectory d = directory("car-100", "car-02", "command", "car-99");
    assertThat(List.of(d.id(0), d.id(1), d.id(2), d.id(3)))
        .extracting(EntityId::name)
        .containsExactly("car-02", "car-100", "car-99", "command");
    assertThat(d.indexOf(EntityId.of("car-99"))).isEqualTo(2);
    assertThat(d.indexOf(EntityId.of("station-x"))).isEqualTo(-1);
  }

  @Test
  void anIdInstanceRemembersItsIndexPerDirectory() {
    EntityDirectory a = directory("a", "b", "c");
    EntityDirectory b = directory("b", "c");
    EntityId c = EntityId.of("c");
    assertThat(c.indexIn(a)).isEqualTo(-1);
    assertThat(a.indexOf(c)).isEqualTo(2);
    assertThat(c.indexIn(a)).as("remembered").isEqualTo(2);
    assertThat(b.indexOf(c)).as("another directory resolves by name").isEqualTo(1);
    assertThat(a.indexOf(c)).as("and the first still answers right").isEqualTo(2);
  }

  @Test
  void idsAreValuesByName() {
    assertThat(EntityId.of("x")).isEqualTo(new EntityId("x")).hasSameHashCodeAs(EntityId.of("x"));
    assertThat(EntityId.of("x").hashCode()).isEqualTo("x".hashCode());
    assertThat(EntityId.of("x")).isNotEqualTo(EntityId.of("y")).isLessThan(EntityId.of("y"));
    assertThat(EntityId.of("car-7")).hasToString("car-7");
  }
}
