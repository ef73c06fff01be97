// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.sim;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Seed derivation, identical on every JVM: replication r of base seed s gets {@code
 * forReplication(s, r)}; an entity's stream is seeded from (replication seed, FNV-1a hash of its
 * name), so it depends on the entity's id only, never on which other entities exist (common random
 * numbers across plan variants).
 */
public final class Seeds {

  private Seeds() {}

  /** The seed of replication {@code index} (0-based) of a run with {@code baseSeed}. */
  public static long forReplication(long baseSeed, int index) {
    return mix(baseSeed + 0x9E3779B97F4A7C15L * (index + 1L));
  }

  /** The seed of an entity's stream in a replication. */
  public static long forEntity(long replicationSeed, EntityId id) {
    return mix(replicationSeed ^ mix(fnv1a(id.name())));
  }

  /**
   * The entity's random stream (SplitMix64 via {@link SplittableRandom}, whose algorithm is
   * specified).
   */
  public static RandomGenerator streamFor(long replicationSeed, EntityId id) {
    return new SplittableRandom(forEntity(replicationSeed, id));
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long fnv1a(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
