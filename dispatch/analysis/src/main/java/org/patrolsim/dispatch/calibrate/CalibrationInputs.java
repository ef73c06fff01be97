// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.patrolsim.dispatch.records.RecordProblems;
import org.patrolsim.dispatch.scenario.LoadedScenario;

/**
 * What a calibration was made from, for its files.
 *
 * @param records the records as the user named them (a records mapping or a CSV)
 * @param replay the records' replay mapping as a document, its {@code file} an absolute path: the
 *     fitted scenario replays it, and the hold-out file is it with {@code from} set
 * @param base the base scenario the fitted values go into
 * @param map the OpenStreetMap file the scenario runs on, or null for the bundled demo city
 * @param problems what the reader left out, by reason
 * @param rows the data rows of the file
 * @param holdoutDays the last days held out of the fits (0: none)
 */
public record CalibrationInputs(
    String records,
    ObjectNode replay,
    LoadedScenario base,
    Path map,
    RecordProblems problems,
    int rows,
    int holdoutDays) {}
