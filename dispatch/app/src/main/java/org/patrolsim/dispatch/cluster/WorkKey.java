// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import akka.actor.typed.delivery.ConsumerController;
import akka.actor.typed.receptionist.ServiceKey;

/**
 * The Receptionist key under which worker lanes register for replications. It holds the patrolsim
 * version, so that a producer never hands work to a lane of another version, whatever else happens.
 */
final class WorkKey {
  private WorkKey() {}

  static ServiceKey<ConsumerController.Command<RunReplication>> of(String version) {
    return ServiceKey.create(
        ConsumerController.serviceKeyClass(), "patrolsim-replications-" + version);
  }
}
