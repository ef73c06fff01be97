// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cluster;

import akka.cluster.ConfigValidation;
import akka.cluster.Invalid;
import akka.cluster.JoinConfigCompatChecker;
import akka.cluster.Valid;
import com.typesafe.config.Config;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Akka's join-time configuration check, used for the cluster secret: a node joining shows the HMAC
 * of its secret ({@link ClusterSecurity#DIGEST_PATH}), and a member lets it in only if it is its
 * own; the joining node checks the member's the same way. A node refused shuts down with Akka's
 * reason "incompatible configuration", which {@link ClusterNode} turns into one line.
 */
public final class SecretCheck extends JoinConfigCompatChecker {
  /** Akka creates it by reflection. */
  public SecretCheck() {}

  @Override
  public Seq<String> requiredKeys() {
    return CollectionConverters.asScala(java.util.List.of(ClusterSecurity.DIGEST_PATH)).toList();
  }

  @Override
  public ConfigValidation check(Config toCheck, Config actualConfig) {
    String theirs =
        toCheck.hasPath(ClusterSecurity.DIGEST_PATH)
            ? toCheck.getString(ClusterSecurity.DIGEST_PATH)
            : "";
    String mine = actualConfig.getString(ClusterSecurity.DIGEST_PATH);
    if (MessageDigest.isEqual(
        theirs.getBytes(StandardCharsets.UTF_8), mine.getBytes(StandardCharsets.UTF_8))) {
      return Valid.getInstance();
    }
    return new Invalid(
        CollectionConverters.asScala(java.util.List.of("the cluster secret does not match"))
            .toList());
  }
}
