// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file saved as Latin-1 is refused when read as UTF-8 (the default), naming the line and the
 * bytes, instead of being read with its accents replaced (its categories would then no longer
 * match); with {@code encoding: ISO-8859-1} its accented categories map to their types. UTF-8 with
 * a byte-order mark still reads.
 */
class ReplayEncodingTest {
  static final String TEXT =
      """
      time,lat,lon,type
      2024-05-01T08:00,10.0,20.0,Vol
      2024-05-01T09:00,10.0,20.0,Agression armée
      2024-05-01T10:00,10.0,20.0,Dégradation
      """;

  @TempDir Path dir;

  Path file(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  static ReplaySource mapping(Path file, String encoding) {
    return new ReplaySource(
        file.toString(),
        null,
        null,
        null,
        null,
        null,
        null,
        encoding,
        ReplayReaderTest.map("Agression armée", "violent", "Dégradation", "dispute"),
        "assistance",
        null,
        null,
        null);
  }

  static ReplayReader.Rows read(ReplaySource source) {
    return ReplayReader.read(
        ReplayFormat.of(source, ZoneId.of("UTC"), ReplayReaderTest.TYPES), ReplayReaderTest.MIX);
  }

  @Test
  void aLatin1FileReadAsUtf8IsRefusedAtItsFirstLineOfOtherBytes() throws Exception {
    Path csv = file("latin1.csv", TEXT.getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> read(mapping(csv, null)))
        .isInstanceOf(ReplayError.class)
        .hasMessageEndingWith(
            "latin1.csv line 3: bytes that are not UTF-8 (0xE9, at byte 41 of the line); set "
                + "incidents.replay.encoding to the file's character set, e.g. ISO-8859-1 or windows-1252");
  }

  @Test
  void withItsEncodingTheAccentedCategoriesMapToTheirTypes() throws Exception {
    Path csv = file("latin1.csv", TEXT.getBytes(StandardCharsets.ISO_8859_1));
    ReplayReader.Rows rows = read(mapping(csv, "ISO-8859-1"));
    assertThat(rows.bad().count()).isZero();
    assertThat(rows.rows())
        .extracting(r -> r.type().name())
        .containsExactly("assistance", "violent", "dispute");
    assertThat(rows.rows())
        .extracting(ReplayRow::category)
        .containsExactly("Vol", "Agression armée", "Dégradation");
  }

  @Test
  void utf8WithAByteOrderMarkReadsAndWindows1252IsRefusedWhereItHasNoCharacter() throws Exception {
    Path utf8 = file("utf8.csv", ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8));
    assertThat(read(mapping(utf8, null)).rows())
        .extracting(r -> r.type().name())
        .containsExactly("assistance", "violent", "dispute");
    // 0x81 has no character in windows-1252: the same rule, by the file's own character set
    byte[] bytes =
        (TEXT + "2024-05-01T11:00,10.0,20.0,X?\n").getBytes(Charset.forName("windows-1252"));
    bytes[bytes.length - 2] = (byte) 0x81;
    Path cp1252 = file("cp1252.csv", bytes);
    assertThatThrownBy(() -> read(mapping(cp1252, "windows-1252")))
        .isInstanceOf(ReplayError.class)
        .hasMessageContaining(
            "cp1252.csv line 5: bytes that are not windows-1252 (0x81, at byte 29 of the line)");
  }
}
