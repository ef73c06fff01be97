// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident;

/**
 * The row of a replay file a call came from, so that outputs can be joined back to the source.
 *
 * @param line the line of the file the row starts on (1 = the header)
 * @param id the row's call number ({@code columns.call}), or null when the mapping names no id
 *     column
 * @param category the row's category as written (stripped), or null without a type column
 */
public record SourceRow(int line, String id, String category) {}
