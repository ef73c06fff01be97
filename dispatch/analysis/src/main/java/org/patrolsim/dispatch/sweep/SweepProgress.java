// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

/** Hears how far a sweep is: how many replications are planned so far and how many are done. */
public interface SweepProgress {

  /** {@code total} replications are planned so far (a goal search plans more at each look). */
  void planned(long total);

  /** One more replication is done. */
  void done();

  /**
   * At most {@code total} replications are expected in all, more than those planned so far (a
   * sequential selection's bound, shrinking as it drops plans); the total done or fewer: no bound.
   */
  default void forecast(long total) {}

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
