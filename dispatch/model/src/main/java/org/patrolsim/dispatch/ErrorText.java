// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch;

/**
 * How a user's value and a whole error message are shown: control characters (a NUL byte, a tab, a
 * line break, an escape sequence, a bidirectional override) escaped so that what is printed is what
 * the file holds and the message stays one line, and long values cut so that one bad cell of a
 * megabyte does not fill the terminal. A whole message keeps its length (a list of the choices may
 * be long), but any run of more than {@link #WORD_LIMIT} characters without a space in it, a value
 * no one passed through {@link #value}, is cut too.
 */
public final class ErrorText {
  /** Characters of a value shown before it is cut. */
  public static final int VALUE_LIMIT = 80;

  /** Characters of a run without spaces in a whole message shown before it is cut. */
  public static final int WORD_LIMIT = 300;

  private ErrorText() {}

  /** A value from the user's input, escaped and cut to {@link #VALUE_LIMIT} characters. */
  public static String value(Object value) {
    String text = String.valueOf(value);
    return cut(escaped(text), VALUE_LIMIT, text.length());
  }

  /**
   * A whole message, escaped to one line, each run of more than {@link #WORD_LIMIT} characters
   * without a space cut.
   */
  public static String line(String message) {
    String text = escaped(String.valueOf(message));
    StringBuilder b = null;
    int word = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ' ') {
        if (i - word > WORD_LIMIT) {
          if (b == null) {
            b = new StringBuilder().append(text, 0, word);
          }
          b.append(cut(text.substring(word, i), WORD_LIMIT, i - word));
        } else if (b != null) {
          b.append(text, word, i);
        }
        if (b != null && i < text.length()) {
          b.append(' ');
        }
        word = i + 1;
      }
    }
    return b == null ? text : b.toString();
  }

  /** The first {@code limit} characters of {@code text}, then the original's length. */
  private static String cut(String text, int limit, int length) {
    if (text.length() <= limit) {
      return text;
    }
    int end = limit;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "... (" + length + " characters)";
  }

  private static String escaped(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escape(c);
      if (escape != null && b == null) {
        b = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (b != null) {
        if (escape != null) {
          b.append(escape);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? text : b.toString();
  }

  /** The escape of a character that must not be printed as it is, or null. */
  private static String escape(char c) {
    String named =
        switch (c) {
          case '\0' -> "\\0";
          case '\t' -> "\\t";
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          default -> null;
        };
    if (named != null) {
      return named;
    }
    boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    if (Character.isISOControl(c) || bidi || c == '\u200E' || c == '\u200F' || c == '\uFEFF') {
      return String.format("\\u%04X", (int) c);
    }
    return null;
  }
}
