// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

import java.util.List;
import java.util.random.RandomGenerator;

/** The incident types with their shares of calls; draws the type of a new call. */
public final class IncidentMix {
  private final List<IncidentType> types;
  private final double[] cumulative;

  public IncidentMix(List<IncidentType> types) {
    this.types = List.copyOf(types);
    cumulative = new double[types.size()];
    double sum = types.stream().mapToDouble(IncidentType::share).sum();
    double acc = 0;
    for (int i = 0; i < types.size(); i++) {
      acc += types.get(i).share() / sum;
      cumulative[i] = acc;
    }
    cumulative[types.size() - 1] = 1.0;
  }

  public List<IncidentType> types() {
    return types;
  }

  /** The type named {@code name} (case-insensitive), or null. */
  public IncidentType byName(String name) {
    return types.stream()
        .filter(t -> t.name().equalsIgnoreCase(name.trim()))
        .findFirst()
        .orElse(null);
  }

  public IncidentType draw(RandomGenerator random) {
    double u = random.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return types.get(i);
      }
    }
    return types.get(types.size() - 1);
  }
}
