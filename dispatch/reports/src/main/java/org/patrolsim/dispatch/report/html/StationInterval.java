// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

/**
 * One police station's call-outs and zero call-out days over replications (the whole run's count in
 * each replication), shown in report.html's station table as means with their 95 % intervals.
 */
public record StationInterval(String id, KpiInterval callOuts, KpiInterval zeroCallOutDays) {}
