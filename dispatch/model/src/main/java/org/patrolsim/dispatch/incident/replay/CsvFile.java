// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file as exports and spreadsheets write it, read with Jackson's CSV parser: a header line,
 * quoted fields that hold commas, quotes ({@code ""}) or line breaks, CRLF or LF line ends, a
 * byte-order mark, blank lines. Every record keeps the line of the file it starts on (1 = the
 * header), so that messages point where a text editor shows the row. Bytes that are not valid in
 * the encoding stop the reading with the line that holds them (an export saved as Latin-1 read as
 * UTF-8 would otherwise turn its accented categories into U+FFFD, and no longer match them).
 *
 * @param header the header's cells, trimmed
 * @param records the data records in file order, blank lines left out
 */
record CsvFile(Path file, List<String> header, List<Row> records) {

  /** One data record: the line it starts on and its cells as written (quotes removed). */
  record Row(int line, List<String> cells) {}

  /**
   * Reads the whole file.
   *
   * @throws ReplayError for a missing or unreadable file, a file without header, or a broken quote
   */
  static CsvFile read(Path file, Charset charset, char delimiter) {
    return read(file, charset, delimiter, false);
  }

  /** Only the header, for checking a mapping before anything else is loaded. */
  static List<String> header(Path file, Charset charset, char delimiter) {
    return read(file, charset, delimiter, true).header();
  }

  /** A file as messages name it: relative to the working folder when it lies inside it. */
  static String shown(Path file) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : file.toString();
  }

  private static CsvFile read(Path file, Charset charset, char delimiter, boolean headerOnly) {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"');
    List<String> header = null;
    List<Row> records = new ArrayList<>();
    int lastLine = 0;
    try (Reader in = reader(file, charset);
        MappingIterator<String[]> rows =
            mapper.readerFor(String[].class).with(schema).readValues(in)) {
      while (rows.hasNextValue()) {
        int line = lastLine + 1;
        String[] cells = rows.nextValue();
        // the parser stands on the record's last token: its line is where the record ends
        lastLine = Math.max(line, rows.getParser().currentTokenLocation().getLineNr());
        if (cells.length == 0 || (cells.length == 1 && cells[0].isBlank())) {
          continue;
        }
        if (header == null) {
          if (!cells[0].isEmpty() && cells[0].charAt(0) == '\uFEFF') {
            cells[0] = cells[0].substring(1);
          }
          header = Arrays.stream(cells).map(String::strip).toList();
          if (headerOnly) {
            break;
          }
        } else {
          records.add(new Row(line, List.of(cells)));
        }
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new ReplayError(notDecodable(file, charset));
    } catch (NoSuchFileException e) {
      throw new ReplayError(shown(file) + ": no such file");
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new ReplayError(
          shown(file)
              + (at == null ? "" : " line " + at.getLineNr())
              + ": not valid CSV ("
              + e.getOriginalMessage().lines().findFirst().orElse("")
              + ")");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ReplayError(shown(file) + ": cannot be read (" + e.getMessage() + ")");
    }
    if (header == null) {
      throw new ReplayError(shown(file) + ": empty, expected a header line and rows");
    }
    return new CsvFile(file, header, List.copyOf(records));
  }

  /**
   * The message for a file with bytes that are not valid in its character set: the first line that
   * holds such bytes, and those bytes in hex.
   */
  static String notDecodable(Path file, Charset charset) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return shown(file) + ": cannot be read (" + e.getMessage() + ")";
    }
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        java.nio.ByteBuffer one = java.nio.ByteBuffer.wrap(bytes, start, i - start);
        try {
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(one);
        } catch (java.nio.charset.CharacterCodingException e) {
          StringBuilder hex = new StringBuilder();
          int at = one.position();
          for (int k = at; k < Math.min(at + Math.max(1, codingLength(e)), i); k++) {
            hex.append(hex.length() == 0 ? "" : " ")
                .append(String.format("0x%02X", bytes[k] & 0xFF));
          }
          return shown(file)
              + " line "
              + line
              + ": bytes that are not "
              + charset.name()
              + " ("
              + hex
              + ", at byte "
              + (at - start + 1)
              + " of the line); set incidents.replay.encoding to the file's character set, e.g. "
              + "ISO-8859-1 or windows-1252";
        }
        line++;
        start = i + 1;
      }
    }
    return shown(file)
        + ": bytes that are not "
        + charset.name()
        + "; set incidents.replay.encoding to the file's "
        + "character set, e.g. ISO-8859-1 or windows-1252";
  }

  private static int codingLength(java.nio.charset.CharacterCodingException e) {
    return e instanceof java.nio.charset.MalformedInputException m
        ? m.getInputLength()
        : e instanceof java.nio.charset.UnmappableCharacterException u ? u.getInputLength() : 1;
  }

  private static Reader reader(Path file, Charset charset) throws IOException {
    var decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
  }
}
