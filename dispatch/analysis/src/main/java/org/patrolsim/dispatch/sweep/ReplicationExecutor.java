// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Where a sweep's replications run: on this machine's lanes ({@link LocalReplications}) or on the
 * workers of a cluster ({@code dispatch.cluster}). Results are the same either way: a replication
 * depends only on its task.
 */
public interface ReplicationExecutor extends AutoCloseable {

  /**
   * Runs every task (in any order, possibly more than once) and hands each result to {@code
   * results} as it comes, from any thread; the stage completes when every task has a result, or
   * fails with the first failure (a user's mistake found on the way, such as a station off the map,
   * stays a {@code UserInputError}).
   */
  CompletionStage<Void> run(List<ReplicationTask> tasks, Consumer<ReplicationResult> results);

  /** How many replications run at once (lanes here, or lanes of every worker seen so far). */
  int parallelism();

  @Override
  void close();
}
