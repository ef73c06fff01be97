// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The version of this patrolsim, as every cluster node announces it (Akka's {@code app-version})
 * and {@code patrolsim --version} shows it: the Maven project version and the commit the build was
 * made from, written into a resource at build time, e.g. {@code 0.1.0-SNAPSHOT+8051910a2b} ({@code
 * -dirty} after the commit when tracked files had been changed). Builds from different commits thus
 * refuse each other on a cluster. A build outside a git checkout has the bare project version. The
 * system property {@value #OVERRIDE} replaces the whole version, so that a test can start a node of
 * "another build".
 */
public final class PatrolsimVersion {
  public static final String OVERRIDE = "patrolsim.version";

  /** What {@code git describe --always --abbrev=10 --dirty} gives for a commit. */
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,40}(-dirty)?");

  private PatrolsimVersion() {}

  /** The version of this build ("dev" when built without Maven's resource filtering). */
  public static String current() {
    String override = System.getProperty(OVERRIDE);
    if (override != null && !override.isBlank()) {
      return override.trim();
    }
    Properties p = resource();
    String version = filtered(p.getProperty("version"));
    if (version.isEmpty()) {
      return "dev";
    }
    return of(version, filtered(p.getProperty("commit")));
  }

  /**
   * The version of a build of project version {@code version} from {@code commit} (as {@code git
   * describe} gives it; anything else, such as nothing, is no commit): {@code version+commit}, a
   * form Akka's {@code app-version} accepts (at most two dots, as in sbt-dynver's).
   */
  static String of(String version, String commit) {
    return COMMIT.matcher(commit).matches() ? version + "+" + commit : version;
  }

  /** The Maven project version alone, without the commit ("dev" when unfiltered). */
  public static String projectVersion() {
    String version = filtered(resource().getProperty("version"));
    return version.isEmpty() ? "dev" : version;
  }

  private static String filtered(String value) {
    String v = value == null ? "" : value.trim();
    return v.startsWith("${") ? "" : v;
  }

  private static Properties resource() {
    Properties p = new Properties();
    try (InputStream in = PatrolsimVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
