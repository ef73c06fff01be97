// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

/**
 * One line of the table of how a replay's categories were mapped: the rows of one category that got
 * one type and one priority.
 *
 * @param category the category as the file writes it (stripped), or null without a type column
 * @param type the scenario's incident type
 * @param priority the priority's key ({@code urgent}, {@code normal}, {@code low})
 * @param how how the category found its type
 * @param rows the rows of the window so mapped (read without a bad value)
 */
public record CategoryMapping(
    String category, String type, String priority, MappedBy how, int rows) {}
