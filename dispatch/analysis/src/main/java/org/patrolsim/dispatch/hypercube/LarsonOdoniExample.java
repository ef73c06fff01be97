// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.hypercube;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The published three-unit, ten-atom example of Larson & Odoni (1981, sections 5.4.3-5.4.4),
 * bundled as SPEC files, with an infinite queue (as published) or zero line capacity.
 */
public final class LarsonOdoniExample {
  private LarsonOdoniExample() {}

  /** The example's SPEC with the given line capacity. */
  public static HypercubeSpec spec(LineCapacity capacity) {
    return HypercubeSpecReader.parse(text(capacity), resourceName(capacity), false);
  }

  /** The SPEC file's text, as shipped (YAML). */
  public static String text(LineCapacity capacity) {
    String name = resourceName(capacity);
    try (InputStream in = LarsonOdoniExample.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resourceName(LineCapacity capacity) {
    return capacity == LineCapacity.INFINITE
        ? "larson-odoni-3-units-10-atoms.yaml"
        : "larson-odoni-3-units-10-atoms-zero-queue.yaml";
  }
}
