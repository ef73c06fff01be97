// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * One of a scenario field's fixed choices (e.g. {@code fleet.busyTime}, or an incident type's
 * priority): an enum whose constants a scenario names by {@link #key()}, the spelling Jackson binds
 * and writes. A bad key is one line naming the field and every key ({@link #expected}). It lives at
 * the root so that the domain's enums ({@code incident.Priority}) can be choices too.
 */
public interface ScenarioChoice {
  /**
   * The name a scenario uses for this choice: the constant's name in lower case, {@code _} written
   * {@code -} ({@code NEAREST_UNIT} is {@code nearest-unit}). Implemented by enums only.
   */
  @JsonValue
  default String key() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The keys of {@code type}'s constants, for messages: {@code 'a', 'b' or 'c'}. */
  static String expected(Class<?> type) {
    Object[] all = type.getEnumConstants();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < all.length; i++) {
      sb.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ")
          .append('\'')
          .append(((ScenarioChoice) all[i]).key())
          .append('\'');
    }
    return sb.toString();
  }
}
