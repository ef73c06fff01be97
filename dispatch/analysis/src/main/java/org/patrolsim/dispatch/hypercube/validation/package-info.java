// SPDX-License-Identifier: Apache-2.0
/**
 * {@code patrolsim validate}: simulated systems set against exact results, the engine (Erlang B and
 * C), the abstract hypercube (Larson & Odoni's example) and the full dispatch model in its
 * hypercube-compatible configuration (against the exact hypercube of the same plan), with a
 * family-wise pass rule over all intervals.
 */
package org.patrolsim.dispatch.hypercube.validation;
