// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

/**
 * Which replication of which variant: the key every result is filed under, so a replication counts
 * once.
 */
public record TaskKey(int variant, int replication) implements Comparable<TaskKey> {

  @Override
  public int compareTo(TaskKey o) {
    return variant != o.variant
        ? Integer.compare(variant, o.variant)
        : Integer.compare(replication, o.replication);
  }

  @Override
  public String toString() {
    return "variant " + variant + " replication " + replication;
  }
}
