// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

import java.util.Arrays;
import java.util.List;
import org.patrolsim.dispatch.unit.CarId;

/**
 * Which crew kind each patrol car carries. The kinds are placed in the order given, each spread
 * evenly over the fleet in car order (kind k with n of V cars takes the cars nearest to positions
 * 0, V/n, 2V/n, ..., the next free car when one is taken), so that a kind is not bunched in one
 * part of the car list; the rest are {@link CrewKind#ORDINARY}. The same plan always gives the same
 * roster.
 */
public final class CrewRoster {
  private final CrewKind[] kindOf;
  private final double bestFactor;

  private CrewRoster(CrewKind[] kindOf) {
    this.kindOf = kindOf;
    this.bestFactor = Arrays.stream(kindOf).mapToDouble(CrewKind::settleFactor).max().orElse(1.0);
  }

  /** A kind with the number of cars that carry it. */
  public record Allocation(CrewKind kind, int cars) {}

  /**
   * The roster of a fleet of {@code vehicles} cars with {@code allocations} (their cars add up to
   * at most {@code vehicles}; checked by the scenario validator).
   */
  public static CrewRoster of(int vehicles, List<Allocation> allocations) {
    if (allocations.stream().mapToInt(Allocation::cars).sum() > vehicles) {
      throw new IllegalArgumentException("crew kinds name more cars than the fleet's " + vehicles);
    }
    CrewKind[] kindOf = new CrewKind[vehicles];
    for (Allocation a : allocations) {
      for (int j = 0; j < a.cars(); j++) {
        int at = (int) ((long) j * vehicles / a.cars());
        while (kindOf[at] != null) {
          at = (at + 1) % vehicles;
        }
        kindOf[at] = a.kind();
      }
    }
    for (int i = 0; i < vehicles; i++) {
      kindOf[i] = kindOf[i] == null ? CrewKind.ORDINARY : kindOf[i];
    }
    return new CrewRoster(kindOf);
  }

  /**
   * The crew kind of {@code car}. Kinds are spread over the around-the-clock cars; a car numbered
   * after them (a part-day car of {@code fleet.extraShifts}) carries an ordinary crew.
   */
  public CrewKind kindOf(CarId car) {
    return car.index() < kindOf.length ? kindOf[car.index()] : CrewKind.ORDINARY;
  }

  /** The highest settle factor of any car of the fleet: the ceiling's crew. */
  public double bestFactor() {
    return bestFactor;
  }
}
