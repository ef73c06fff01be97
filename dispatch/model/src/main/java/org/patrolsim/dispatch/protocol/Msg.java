// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.protocol;

/**
 * The messages of the dispatch model. The engine runs every entity on one message type, so this is
 * the root; each receiver's protocol is its own sealed sub-interface of records ({@link ToCommand},
 * {@link ToCar}, {@link ToStation}, {@link ToSource}), and an entity only ever handles its own.
 * Routes and positions in messages are immutable values of the shared read-only road network.
 */
public sealed interface Msg permits ToCommand, ToCar, ToStation, ToSource {}
