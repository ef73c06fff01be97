// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.kpi;

import org.patrolsim.dispatch.UserInputError;

/** A KPI named in a file or an option that the {@link KpiCatalogue} does not have. */
public final class UnknownKpiError extends RuntimeException implements UserInputError {
  private static final long serialVersionUID = 1L;

  UnknownKpiError(String message) {
    super(message);
  }
}
