// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.patrolsim.dispatch.incident.IncidentMix;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.replay.ReplayError;
import org.patrolsim.dispatch.incident.replay.ReplayFormat;
import org.patrolsim.dispatch.incident.replay.ReplaySetupError;
import org.patrolsim.dispatch.incident.replay.ReplaySource;
import org.patrolsim.dispatch.incident.replay.StageRows;

/**
 * A CAD export as read: its calls in order of receipt, what was left out and why, and how many data
 * rows the file held.
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

  /**
   * Reads a records file given on a command line: a {@code records.yaml} (a replay mapping, its
   * {@code file} relative to the YAML's folder) or a bare {@code .csv} with the short form's column
   * names ({@code
   * time,lat,lon,type,priority,dispatched,enRoute,onScene,cleared,unit,call,selfInitiated}, those
   * after {@code lon} where present).
   *
   * @param zone the scenario's time zone: times are read as its wall clock
   * @param mix the scenario's incident types, which the file's categories map to
   * @throws RecordsError (a user's mistake, one line naming the file and field) for a bad records
   *     file or mapping, or a CSV that cannot be read; rows that cannot be used are counted, never
   *     thrown
   */
  public static CadRecords read(Path recordsFile, ZoneId zone, IncidentMix mix) {
    return read(mapping(recordsFile), recordsFile.toString(), zone, mix);
  }

  /**
   * Reads the records a mapping describes ({@code file} as given, relative to the working folder).
   *
   * @param origin what messages name as the mapping's source, e.g. {@code records.yaml} or {@code
   *     scenario.yaml: incidents.replay}
   * @throws RecordsError naming {@code origin} and the field for a mapping that cannot work, or the
   *     CSV when it cannot be read
   */
  public static CadRecords read(ReplaySource source, String origin, ZoneId zone, IncidentMix mix) {
    try {
      ReplayFormat format =
          ReplayFormat.of(source, zone, mix.types().stream().map(IncidentType::name).toList());
      return CadReader.calls(StageRows.read(format, mix), format.records());
    } catch (ReplaySetupError e) {
      throw new RecordsError(origin + ": field '" + e.field() + "' " + e.getMessage());
    } catch (ReplayError e) {
      throw new RecordsError(e.getMessage());
    }
  }

  /**
   * The mapping of a records file ({@code .yaml}/{@code .yml} or {@code .csv}), its {@code file}
   * made absolute: for reading it ({@link #read(ReplaySource, String, ZoneId, IncidentMix)}) or
   * replaying it as {@code incidents.replay}.
   *
   * @throws RecordsError naming the file and the field for a missing file, bad YAML or an unknown
   *     field
   */
  public static ReplaySource mapping(Path recordsFile) {
    return RecordsFile.load(recordsFile);
  }
}
