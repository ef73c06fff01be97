// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import java.util.List;

/**
 * Where the dispatch records' own columns are in a file's header, each -1 when absent: a column
 * named in the mapping must exist; one left out is read under its default name when the header has
 * it.
 *
 * @param stages the stage time columns in order: dispatched, en route, on scene, cleared
 * @param unitLat the unit's latitude at dispatch (with {@code unitLon}, both or neither)
 */
record RecordColumns(
    List<Integer> stages, int unit, int call, int selfInitiated, int unitLat, int unitLon) {

  /** The default names of the stage columns, in stage order. */
  static final List<String> STAGE_NAMES = List.of("dispatched", "enRoute", "onScene", "cleared");

  static RecordColumns of(ReplaySource source, List<String> header, String fileName) {
    ReplaySource.Columns c = source.columns();
    List<String> named =
        java.util.Arrays.asList(c.dispatched(), c.enRoute(), c.onScene(), c.cleared());
    List<Integer> stages = new java.util.ArrayList<>();
    for (int i = 0; i < STAGE_NAMES.size(); i++) {
      stages.add(column(header, STAGE_NAMES.get(i), named.get(i), fileName));
    }
    int unitLat = column(header, "unitLat", c.unitLat(), fileName);
    int unitLon = column(header, "unitLon", c.unitLon(), fileName);
    if ((unitLat < 0) != (unitLon < 0)) {
      String given = unitLat < 0 ? "unitLon" : "unitLat";
      String lacking = unitLat < 0 ? "unitLat" : "unitLon";
      throw new ReplaySetupError(
          "columns." + lacking,
          fileName
              + " gives the unit's position at dispatch in columns."
              + given
              + " only; expected columns."
              + lacking
              + " too (a column named "
              + lacking
              + ", or the field naming one)");
    }
    return new RecordColumns(
        List.copyOf(stages),
        column(header, "unit", c.unit(), fileName),
        column(header, "call", c.call(), fileName),
        column(header, "selfInitiated", c.selfInitiated(), fileName),
        unitLat,
        unitLon);
  }

  /** Whether the file gives the units' positions at dispatch. */
  boolean unitPositions() {
    return unitLat >= 0;
  }

  private static int column(List<String> header, String field, String named, String fileName) {
    return named != null
        ? ColumnMap.required(header, "columns." + field, named, null, fileName)
        : ColumnMap.index(header, field);
  }
}
