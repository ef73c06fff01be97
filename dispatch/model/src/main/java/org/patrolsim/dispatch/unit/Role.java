// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.unit;

import java.util.Locale;

/** What a unit is to an incident: the first unit it needs, or the backup of a two-unit incident. */
public enum Role {
  PRIMARY,
  BACKUP;

  /** The lower-case name used in reports. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
