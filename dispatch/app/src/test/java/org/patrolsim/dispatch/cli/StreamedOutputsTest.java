// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.Repository;
import org.patrolsim.dispatch.testing.TestMaps;

/**
 * The outputs folded and written as the run goes are the bytes that main wrote from the whole event
 * list before (golden SHA-256 in {@code golden/outputs-main-9a8e4f5.txt}): the default scenario on
 * the demo city, and the Campo Grande worked example on its real map, written gzipped (the large
 * files' decompressed bytes must be the same).
 */
@IntegrationTest
class StreamedOutputsTest {
  static final Pattern RUN_DATA =
      Pattern.compile(
          "<script type=\"application/json\" id=\"run-data\">(.*?)</script>", Pattern.DOTALL);

  @TempDir Path dir;

  @Test
  void theDefaultScenarioAndARealMapWriteTheBytesMainWroteBeforeTheReportsStreamed()
      throws Exception {
    Map<String, String> golden = golden();
    Path demo = dir.resolve("default");
    var a =
        RunCommandTest.patrolsim(
            "run",
            "--days",
            "1",
            "--out",
            demo.toString(),
            "--set",
            "map.cacheDir=" + TestMaps.CACHE.toAbsolutePath());
    assertThat(a.exit()).as(a.err()).isZero();
    Path campo = dir.resolve("campo-grande");
    var b =
        RunCommandTest.patrolsim(
            "run",
            campoGrandeExample().toString(),
            "--osm",
            RunCommandTest.MONACO.replace("monaco.osm.gz", "campo-grande.osm.gz"),
            "--set",
            RunCommandTest.CACHE,
            "--days",
            "2",
            "--gzip",
            "--out",
            campo.toString());
    assertThat(b.exit()).as(b.err()).isZero();
    assertThat(b.out()).contains("incidents.csv.gz, decisions.jsonl.gz, incidents.geojson.gz");
    int checked = 0;
    // every file compared, so that one run of the test lists every file that changed
    SoftAssertions softly = new SoftAssertions();
    for (Map.Entry<String, String> g : golden.entrySet()) {
      String[] runAndFile = g.getKey().split(" ", -1);
      Path folder = dir.resolve(runAndFile[0]);
      softly.assertThat(sha256(folder, runAndFile[1])).as(g.getKey()).isEqualTo(g.getValue());
      checked++;
    }
    softly.assertAll();
    assertThat(checked).isEqualTo(20);
    try (var files = Files.list(campo)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "summary.json",
              "incidents.csv.gz",
              "decisions.jsonl.gz",
              "incidents.geojson.gz",
              "stations.geojson",
              "jurisdictions.geojson",
              "beats.geojson",
              "coverage.geojson",
              "presence.geojson",
              "hexagons.geojson",
              "report.html");
    }
  }

  /**
   * The hash of a file's bytes (decompressed when only its .gz is there), or of report.html's data
   * with the scenario's name as given (a path that depends on the folder the test runs in) as
   * "SCENARIO".
   */
  static String sha256(Path folder, String file) throws IOException {
    if (file.equals("report.html#run-data")) {
      Matcher m = RUN_DATA.matcher(Files.readString(folder.resolve("report.html")));
      assertThat(m.find()).isTrue();
      String data = m.group(1).replaceFirst("\"scenario\":\"[^\"]*\"", "\"scenario\":\"SCENARIO\"");
      return sha256(data.getBytes(StandardCharsets.UTF_8));
    }
    Path plain = folder.resolve(file);
    if (Files.exists(plain)) {
      return sha256(Files.readAllBytes(plain));
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.resolve(file + ".gz")))) {
      return sha256(in.readAllBytes());
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> golden() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in =
        StreamedOutputsTest.class.getResourceAsStream("/golden/outputs-main-9a8e4f5.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          List<String> f = List.of(line.split(" "));
          out.put(f.get(0) + " " + f.get(1), f.get(2));
        }
      }
    }
    return out;
  }

  static Path campoGrandeExample() {
    return Repository.file("docs", "examples", "campo-grande", "scenario.yaml");
  }
}
