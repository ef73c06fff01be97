// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.patrolsim.dispatch.DuplicateKeys;
import org.patrolsim.dispatch.ErrorText;
import org.patrolsim.dispatch.incident.replay.ReplaySource;

/**
 * A records file as given on a command line: a {@code .csv} read with the short form's column
 * names, or a YAML mapping that is exactly a replay mapping ({@code incidents.replay}'s fields),
 * its {@code file} relative to the YAML's folder. Read strictly: an unknown field or a key given
 * twice is an error.
 */
final class RecordsFile {
  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .build();

  private RecordsFile() {}

  /**
   * The mapping of a records file, its {@code file} made absolute.
   *
   * @throws RecordsError naming the file (and the field) for a missing file, bad YAML or an unknown
   *     field
   */
  static ReplaySource load(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return ReplaySource.ofFile(absolute.toString());
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new RecordsError(file + ": no such records file");
    } catch (IOException e) {
      throw new RecordsError(file + ": cannot read the records file (" + e.getMessage() + ")");
    }
    ReplaySource source = bind(file, bytes);
    if (source == null || source.file() == null || source.file().isBlank()) {
      throw new RecordsError(file + ": field 'file' expected the CSV file of dispatch records");
    }
    return source.withFile(absolute.getParent().resolve(source.file()).normalize().toString());
  }

  private static ReplaySource bind(Path file, byte[] bytes) {
    try {
      // the tree first, so that a key given twice is named with its path
      return YAML.treeToValue(YAML.readTree(bytes), ReplaySource.class);
    } catch (UnrecognizedPropertyException e) {
      throw new RecordsError(
          file + ": unknown field '" + path(e) + "'; expected one of " + e.getKnownPropertyIds());
    } catch (InvalidFormatException e) {
      throw new RecordsError(
          file
              + ": field '"
              + path(e)
              + "' expected "
              + expected(e.getTargetType())
              + ", got '"
              + ErrorText.value(e.getValue())
              + "'");
    } catch (MismatchedInputException e) {
      throw new RecordsError(
          file + ": field '" + path(e) + "' expected " + expected(e.getTargetType()));
    } catch (JsonProcessingException e) {
      String duplicate = DuplicateKeys.message(file.toString(), e);
      if (duplicate != null) {
        throw new RecordsError(duplicate);
      }
      var at = e.getLocation();
      throw new RecordsError(
          file
              + (at == null ? "" : " line " + at.getLineNr())
              + ": not valid YAML ("
              + e.getOriginalMessage().lines().findFirst().orElse("")
              + ")");
    } catch (IOException e) {
      throw new RecordsError(file + ": cannot read the records file (" + e.getMessage() + ")");
    }
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append(sb.length() > 0 ? "." : "").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String expected(Class<?> type) {
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "a text value";
    }
    if (type != null && java.util.List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type != null && java.util.Map.class.isAssignableFrom(type)) {
      return "a mapping";
    }
    return type == null
        ? "a different kind of value"
        : "a mapping of fields (" + type.getSimpleName() + ")";
  }
}
