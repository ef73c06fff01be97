// SPDX-License-Identifier: Apache-2.0
/**
 * Typed identities of the police force: stations, patrol cars, duty teams, and a unit's role at an
 * incident. Reports print their names; the model never parses them back.
 */
package org.patrolsim.dispatch.unit;
