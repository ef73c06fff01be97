// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this patrolsim, as every cluster node announces it (Akka's {@code app-version}):
 * the Maven project version, written into a resource at build time. The system property {@value
 * #OVERRIDE} replaces it, so that a test can start a node of "another version".
 */
public final class PatrolsimVersion {
  public static final String OVERRIDE = "patrolsim.version";

  private PatrolsimVersion() {}

  /** The version of this build ("dev" when built without Maven's resource filtering). */
  public static String current() {
    String override = System.getProperty(OVERRIDE);
    if (override != null && !override.isBlank()) {
      return override.trim();
    }
    try (InputStream in = PatrolsimVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "dev").trim();
      return v.isEmpty() || v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
