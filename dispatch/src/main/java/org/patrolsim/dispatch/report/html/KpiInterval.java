// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

/**
 * A 95 % confidence interval of a KPI over replications, in the KPI's own unit (a share as a fraction,
 * seconds, a count), shown on the KPI's card in report.html.
 */
public record KpiInterval(double low, double high) {}
