// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test of the integration tier (JUnit tag {@value #TAG}): it imports a real map with GraphHopper,
 * starts other JVMs or a server, drives a command end to end, or is slow for another reason. Such
 * tests run at {@code integration-test} (Maven Failsafe, {@code ./mvnw verify}), not in the fast
 * unit tier ({@code ./mvnw test}); see CONTRIBUTING.md.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(IntegrationTest.TAG)
public @interface IntegrationTest {
  /** The JUnit tag the build selects the tier by. */
  String TAG = "integration";
}
