// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.unit;

import java.util.Locale;

/** Patrol car number {@code number} (1-based); named {@code car-01}, {@code car-02}, ... */
public record CarId(int number) implements UnitId {
  /** Names of the first thousand cars, made once: names are compared on every dispatch decision. */
  private static final String[] NAMES = new String[1000];

  static {
    for (int i = 1; i < NAMES.length; i++) {
      NAMES[i] = String.format(Locale.ROOT, "car-%02d", i);
    }
  }

  public CarId {
    if (number < 1) {
      throw new IllegalArgumentException("car numbers start at 1, got " + number);
    }
  }

  /** The car at {@code index} (0-based) of the fleet. */
  public static CarId ofIndex(int index) {
    return new CarId(index + 1);
  }

  public int index() {
    return number - 1;
  }

  @Override
  public String name() {
    return number < NAMES.length ? NAMES[number] : String.format(Locale.ROOT, "car-%02d", number);
  }

  @Override
  public String toString() {
    return name();
  }
}
