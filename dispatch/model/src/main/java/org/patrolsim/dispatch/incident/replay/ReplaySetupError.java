// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

/**
 * A field of {@code incidents.replay} that cannot work (a bad pattern, an unknown EPSG code, a
 * column the file lacks, a type table naming an unknown type). It names the field below {@code
 * incidents.replay} and the problem; the scenario's checks turn it into one line naming the
 * scenario file.
 */
public final class ReplaySetupError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  ReplaySetupError(String field, String problem) {
    super(problem);
    this.field = field;
  }

  /** The field's path below {@code incidents.replay}, e.g. {@code columns.time} or {@code crs}. */
  public String field() {
    return field;
  }
}
