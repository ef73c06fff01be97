// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Duplicate keys in a user's YAML or JSON file: every reader of user files enables Jackson's {@code
 * STRICT_DUPLICATE_DETECTION} (a repeated key would otherwise silently replace the first), and
 * reports the key found twice in one line with {@link #message}.
 */
public final class DuplicateKeys {
  private static final String JACKSON = "Duplicate field '";

  private DuplicateKeys() {}

  /**
   * The one-line message for a duplicate key: {@code FILE line N: key 'fleet.vehicles' appears
   * twice in its mapping}; null when {@code e} is another error.
   */
  public static String message(String source, JsonProcessingException e) {
    String original = e.getOriginalMessage();
    if (original == null || !original.startsWith(JACKSON)) {
      return null;
    }
    String key = original.substring(JACKSON.length(), original.indexOf('\'', JACKSON.length()));
    if (e instanceof StreamReadException read && read.getProcessor() != null) {
      key = path(read.getProcessor().getParsingContext(), key);
    }
    var at = e.getLocation();
    return source
        + (at == null ? "" : " line " + at.getLineNr())
        + ": key '"
        + ErrorText.value(key)
        + "' appears twice in its mapping; expected each key once";
  }

  /** The dotted path of the key being read in {@code context}: {@code fleet.posts[2].lat}. */
  private static String path(JsonStreamContext context, String key) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        parts.push(c.getCurrentName());
      } else if (c.inArray()) {
        parts.push("[" + c.getCurrentIndex() + "]");
      }
    }
    if (parts.isEmpty()) {
      return key;
    }
    return String.join(".", parts).replace(".[", "[");
  }
}
