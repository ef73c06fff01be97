// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo;

import java.nio.file.Path;

/**
 * A map or zone file that cannot be used: missing, empty, corrupt, or holding no roads or polygons.
 * The message is one line naming the file and the problem.
 */
public final class MapInputException extends GeoInputException {
  private static final long serialVersionUID = 1L;

  public MapInputException(Path file, String problem) {
    super(file + ": " + problem);
  }

  public MapInputException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
  }
}
