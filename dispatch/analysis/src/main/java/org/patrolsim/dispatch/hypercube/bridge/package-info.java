// SPDX-License-Identifier: Apache-2.0
/**
 * The bridge from a deployment plan to Larson's hypercube model: {@link
 * org.patrolsim.dispatch.hypercube.bridge.PlanHypercubeBuilder} builds the hypercube system of a
 * plan (units = the patrol cars at their posts, atoms = the incident places grouped by preference
 * order), {@link org.patrolsim.dispatch.hypercube.bridge.PlanScreen} solves it (the analytic screen
 * of {@code patrolsim hypercube --scenario}), and {@link
 * org.patrolsim.dispatch.hypercube.bridge.FullModelRuns} measures the same quantities on
 * replications of the full model, for {@code patrolsim validate} and {@code --simulate}. The
 * assumptions a plan breaks are listed as {@link
 * org.patrolsim.dispatch.hypercube.bridge.Departure}s; a plan with none is the hypercube-compatible
 * configuration of docs/MODEL.md §6, for which the screen is exact.
 */
package org.patrolsim.dispatch.hypercube.bridge;
