// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import java.nio.file.Path;
import java.util.List;

/**
 * A CAD export as read: its calls in order of receipt, what was left out and why, and how many data rows
 * the file held.
 *
 * @param file the CSV file read
 * @param calls the usable calls, ordered by {@code received} then line
 * @param problems what was left out, by reason
 * @param rows the number of data rows in the file (one per call, or one per unit per call)
 */
public record CadRecords(Path file, List<RecordedCall> calls, RecordProblems problems, int rows) {
  public CadRecords {
    calls = List.copyOf(calls);
  }
}
