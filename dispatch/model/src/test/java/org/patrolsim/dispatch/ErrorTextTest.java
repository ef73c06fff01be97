// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorTextTest {
  @Test
  void controlCharactersAreShownEscapedSoTheValueLooksAsTheFileHoldsIt() {
    assertThat(ErrorText.value("12\0")).isEqualTo("12\\0");
    assertThat(ErrorText.value("a\tb\r\nc")).isEqualTo("a\\tb\\r\\nc");
    assertThat(ErrorText.value("\u001B[31mred")).isEqualTo("\\u001B[31mred");
    assertThat(ErrorText.value("abc\u202Efed")).isEqualTo("abc\\u202Efed");
    assertThat(ErrorText.value("\u0085")).isEqualTo("\\u0085");
  }

  @Test
  void printableTextIsShownAsItIs() {
    String text = "Körperverletzung, São Paulo 'x' \\ 5 % 東京";
    assertThat(ErrorText.value(text)).isSameAs(text);
    assertThat(ErrorText.line(text)).isSameAs(text);
  }

  @Test
  void aLongValueIsCutWithItsLength() {
    String shown = ErrorText.value("x".repeat(5000));
    assertThat(shown).isEqualTo("x".repeat(ErrorText.VALUE_LIMIT) + "... (5000 characters)");
  }

  @Test
  void aMessageStaysOneLineAndALongRunWithoutSpacesInItIsCut() {
    String message = "data.csv line 3: bad\nvalue '" + "y".repeat(3000) + "' (1 of 4 rows)";
    assertThat(ErrorText.line(message))
        .isEqualTo(
            "data.csv line 3: bad\\nvalue '"
                + "y".repeat(ErrorText.WORD_LIMIT - 1)
                + "... (3002 characters) (1 of 4 rows)");
  }

  @Test
  void aLongListOfChoicesInAMessageIsKeptWhole() {
    String list = "expected one of [" + "streetDisposalShare, ".repeat(200) + "availabilityLoss]";
    assertThat(ErrorText.line(list)).isSameAs(list);
  }

  @Test
  void aCutNeverSplitsACharacterInTwo() {
    String emoji = "\uD83D\uDE93";
    String shown = ErrorText.value("a".repeat(ErrorText.VALUE_LIMIT - 1) + emoji.repeat(10));
    assertThat(shown).startsWith("a".repeat(ErrorText.VALUE_LIMIT - 1) + "...");
  }
}
