// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import org.patrolsim.dispatch.UserInputError;

/** Dispatch records that cannot be read: a bad records file, mapping field or CSV. One line. */
public final class RecordsError extends RuntimeException implements UserInputError {
  private static final long serialVersionUID = 1L;

  /** A one-line message naming the file and the field (line breaks shown as {@code \n}). */
  public RecordsError(String message) {
    super(message.replaceAll("\\R", "\\\\n"));
  }
}
