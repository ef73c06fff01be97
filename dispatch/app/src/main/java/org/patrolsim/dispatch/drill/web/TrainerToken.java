// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The trainer's token: 256 random bits, new for every drill and printed when it starts. A control
 * request must carry it as {@code Authorization: Bearer <token>}; observers have none and can only
 * watch. Compared in constant time.
 */
public final class TrainerToken {
  /** What a request's credentials amount to. */
  public enum Verdict {
    TRAINER,
    MISSING,
    WRONG
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private final String value;

  private TrainerToken(String value) {
    this.value = value;
  }

  /** A fresh random token. */
  public static TrainerToken random() {
    byte[] bits = new byte[32];
    RANDOM.nextBytes(bits);
    return new TrainerToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
  }

  public String value() {
    return value;
  }

  /** Checks an {@code Authorization} header: the bearer token must be this one. */
  public Verdict check(Optional<String> authorization) {
    if (authorization.isEmpty()) {
      return Verdict.MISSING;
    }
    String header = authorization.get().trim();
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Verdict.MISSING;
    }
    byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, value.getBytes(StandardCharsets.UTF_8))
        ? Verdict.TRAINER
        : Verdict.WRONG;
  }

  @Override
  public String toString() {
    return "TrainerToken[hidden]";
  }
}
