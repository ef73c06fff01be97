// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.Repository;

/**
 * The console samples of README.md and docs/*.md are what the commands print today. A sample is
 * marked by an HTML comment just before its fenced block, which Markdown does not render:
 *
 * <pre>
 * &lt;!-- console: run docs/examples/real-data/calls-for-service.yaml --out out/cfs --&gt;
 * &lt;!-- console stderr exit 2: run ... --&gt;
 * </pre>
 *
 * The words after {@code console:} are the arguments of {@code patrolsim}, run here in this JVM on
 * the repository's files. The block is compared with stdout (with {@code stderr}: with stderr), and
 * the exit code with 0 (or the {@code exit N} given). Arguments starting {@code docs/} name the
 * repository's files; those starting {@code out/} a folder of this test standing for the user's
 * working folder, one per document, so a later sample may read an earlier one's output. Only
 * absolute paths vary, and are read back as the user's relative ones; a sample line {@code ...}
 * stands for any number of lines left out.
 */
@IntegrationTest
class DocConsoleSamplesTest {
  static final Pattern MARK =
      Pattern.compile("<!-- console( stderr)?(?: exit (\\d+))?: (.+?) -->\\s*");
  static final String GAP = "...";

  @TempDir Path dir;

  /** A marked sample: where it is, what to run, and the lines the document shows. */
  record Sample(
      String doc, int line, List<String> args, boolean stderr, int exit, List<String> expected) {
    @Override
    public String toString() {
      return doc + ":" + line + " patrolsim " + String.join(" ", args);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyMarkedSampleIsTheCommandsOutput() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(Repository.file("README.md")));
    try (Stream<Path> files = Files.list(Repository.file("docs"))) {
      files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    List<Sample> samples = new ArrayList<>();
    for (Path doc : docs) {
      samples.addAll(samples(doc));
    }
    assertThat(samples)
        .as("marked samples")
        .extracting(Sample::doc)
        .contains("README.md", "docs/REAL-DATA.md");
    return samples.stream().map(s -> DynamicTest.dynamicTest(s.toString(), () -> check(s)));
  }

  static List<Sample> samples(Path doc) throws IOException {
    String name = Repository.file("").relativize(doc).toString();
    List<String> lines = Files.readAllLines(doc);
    List<Sample> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARK.matcher(lines.get(i).strip());
      if (!m.matches()) {
        continue;
      }
      int open = i + 1;
      assertThat(open < lines.size() && lines.get(open).startsWith("```"))
          .as("%s:%d: a console mark must be followed by a fenced block", name, i + 1)
          .isTrue();
      List<String> block = new ArrayList<>();
      int close = open + 1;
      for (; close < lines.size() && !lines.get(close).startsWith("```"); close++) {
        block.add(lines.get(close).stripTrailing());
      }
      assertThat(close)
          .as("%s:%d: the fenced block is not closed", name, open + 1)
          .isLessThan(lines.size());
      found.add(
          new Sample(
              name,
              i + 1,
              List.of(m.group(3).trim().split("\\s+")),
              m.group(1) != null,
              m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
              block));
      i = close;
    }
    return found;
  }

  void check(Sample s) {
    Path user = dir.resolve(s.doc().replace('/', '_'));
    String root = Repository.file("").toAbsolutePath().toString();
    String[] args =
        s.args().stream()
            .map(
                a ->
                    a.startsWith("docs/")
                        ? Repository.file(a).toString()
                        : a.startsWith("out/") ? user.resolve(a).toString() : a)
            .toArray(String[]::new);
    RunCommandTest.Outcome o = RunCommandTest.patrolsim(args);
    String shown = s.stderr() ? o.err() : o.out();
    List<String> actual =
        shown
            .replace(user.toAbsolutePath() + "/", "")
            .replace(root + "/", "")
            .lines()
            .map(String::stripTrailing)
            .toList();
    int matched = match(s.expected(), 0, actual, 0);
    int lines = s.expected().size();
    assertThat(matched)
        .as(
            "%s:%d: the sample no longer matches what `patrolsim %s` prints: %s; it prints now:%n%s",
            s.doc(),
            s.line() + 2 + Math.min(matched, lines - 1),
            String.join(" ", s.args()),
            matched < lines
                ? "no line for `" + s.expected().get(matched) + "`"
                : "more lines after the sample's last",
            String.join("\n", actual))
        .isEqualTo(lines + 1);
    assertThat(o.exit())
        .as("%s:%d: exit code; stderr: %s", s.doc(), s.line(), o.err())
        .isEqualTo(s.exit());
  }

  @Test
  void aChangedMissingOrExtraLineIsADriftAndAGapStandsForAnyLines() {
    List<String> out = List.of("a", "b", "c", "d");
    assertThat(match(List.of("a", "b", "c", "d"), 0, out, 0)).isEqualTo(5);
    assertThat(match(List.of("a", GAP, "d"), 0, out, 0)).isEqualTo(4);
    assertThat(match(List.of(GAP, "c", GAP), 0, out, 0)).isEqualTo(4);
    assertThat(match(List.of("a", "  " + GAP), 0, out, 0)).isEqualTo(3);
    assertThat(match(List.of("a", "B", "c", "d"), 0, out, 0)).as("changed").isEqualTo(1);
    assertThat(match(List.of("a", "b", "d"), 0, out, 0)).as("missing").isEqualTo(2);
    assertThat(match(List.of("a", "b", "c"), 0, out, 0)).as("extra").isEqualTo(3);
    assertThat(match(List.of("a", GAP, "x"), 0, out, 0)).as("not after the gap").isEqualTo(2);
  }

  /**
   * How many lines of {@code sample}, from line {@code s}, match {@code actual} from line {@code
   * a}: each line equal to the actual line it stands for, in order, with {@value #GAP} standing for
   * any number of lines; the sample's size plus one when the whole sample matches the whole output.
   */
  static int match(List<String> sample, int s, List<String> actual, int a) {
    if (s == sample.size()) {
      return a == actual.size() ? s + 1 : s;
    }
    if (sample.get(s).strip().equals(GAP)) {
      int best = s;
      for (int from = a; from <= actual.size(); from++) {
        best = Math.max(best, match(sample, s + 1, actual, from));
        if (best > sample.size()) {
          return best;
        }
      }
      return best;
    }
    if (a < actual.size() && sample.get(s).equals(actual.get(a))) {
      return match(sample, s + 1, actual, a + 1);
    }
    return s;
  }
}
