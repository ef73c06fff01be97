// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a piece of JSON, said for its writer: where (line and column) and what,
 * without the JSON library's internals (its settings, its source descriptions).
 */
public final class JsonProblem {
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  /** A library setting named in a message: {@code , from `StreamReadConstraints...`}. */
  private static final Pattern LIBRARY = Pattern.compile(",? from `[^`]*`");

  private JsonProblem() {}

  /** {@code line L, column C: what}, one line. */
  public static String of(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? ""
            : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    String what = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    Matcher duplicate = DUPLICATE.matcher(what);
    if (duplicate.find()) {
      what = "the field '" + duplicate.group(1) + "' is given twice; give each field once";
    } else {
      what = LIBRARY.matcher(what).replaceAll("");
    }
    return where + what.lines().findFirst().orElse("").strip();
  }
}
