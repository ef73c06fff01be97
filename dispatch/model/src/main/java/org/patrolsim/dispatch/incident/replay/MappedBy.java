// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a replayed row's category found its incident type ({@code how} in summary.json's {@code
 * replay.mapping}).
 */
public enum MappedBy {
  /** A key of the mapping's {@code types:} names the category. */
  TYPES("types"),
  /** The category is one of the scenario's type names. */
  TYPE_NAME("typeName"),
  /** Nothing names the category: it fell to the mapping's {@code defaultType}. */
  DEFAULT_TYPE("defaultType");

  private final String key;

  MappedBy(String key) {
    this.key = key;
  }

  /** The name summary.json and the console write. */
  @JsonValue
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return key;
  }
}
