// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

/** Hears how far a sweep is: how many replications are planned so far and how many are done. */
public interface SweepProgress {

  /** {@code total} replications are planned so far (a goal search plans more at each look). */
  void planned(long total);

  /** One more replication is done. */
  void done();

  /** Hears nothing. */
  static SweepProgress none() {
    return new SweepProgress() {
      @Override
      public void planned(long total) {}

      @Override
      public void done() {}
    };
  }
}
