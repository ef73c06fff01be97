// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.command;

/** A unit serving an incident: its name, its role (primary or backup), and whether it is a patrol car. */
record Unit(String name, String role, boolean patrolCar) {}
