// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

/**
 * A KPI over replications: its mean and 95 % confidence interval, in the KPI's own unit (a share as
 * a fraction, seconds, a count), shown on the KPI's card in report.html under the value of the run
 * the page shows (replication 0, the run of the scenario's seed).
 */
public record KpiInterval(double mean, double low, double high, int replications) {}
