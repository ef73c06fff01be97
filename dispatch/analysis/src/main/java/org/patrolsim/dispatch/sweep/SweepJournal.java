// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.kpi.KpiCatalogue;

/**
 * The append-only journal of a sweep, {@value #FILE} in its output folder (docs/SWEEP.md,
 * "Resuming"): JSON lines, the first naming the plan's {@linkplain #fingerprint fingerprint}, then
 * one line per finished replication, appended as it arrives with one write to the file (so a killed
 * process leaves at most a half-written last line, which is dropped and counted when the journal is
 * read back), and a last line {@value #FINISHED} once the sweep's files are written. KPI values are
 * written as {@link Double#toString} gives them and read back with {@link Double#parseDouble},
 * which gives the same double bit for bit; NaN and the infinities are written as strings. A journal
 * of another plan is refused with one line, so results never mix, unless that sweep finished: then
 * it is replaced.
 */
public final class SweepJournal implements AutoCloseable {
  public static final String FILE = "sweep-journal.jsonl";
  static final String KIND = "patrolsim sweep journal";
  static final int FORMAT = 1;

  /** The last line of a sweep whose final files were written. */
  static final String FINISHED = "{\"finished\":true}";

  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path file;
  private final Header header;
  private final List<ReplicationResult> finished;
  private final long complete;
  private final boolean halfLine;
  private final boolean existed;
  private final Header replaced;
  private boolean endsFinished;
  private FileChannel channel;
  private FileLock lock;
  private int appended;

  /**
   * What the first line says: the fingerprint that must match, and what it was made from, for
   * messages.
   */
  record Header(String fingerprint, String version, String plan, int variants, int replications) {
    String words() {
      return plan
          + ", "
          + variants
          + " variant(s) x "
          + replications
          + " replications, patrolsim "
          + version;
    }
  }

  private SweepJournal(
      Path file,
      Header header,
      List<ReplicationResult> finished,
      long complete,
      boolean halfLine,
      boolean existed,
      Header replaced) {
    this.file = file;
    this.header = header;
    this.finished = List.copyOf(finished);
    this.complete = complete;
    this.halfLine = halfLine;
    this.existed = existed;
    this.replaced = replaced;
  }

  /**
   * The fingerprint of a sweep's replications: SHA-256 of the patrolsim version, the KPI catalogue,
   * the replications per variant, the axes, and each variant's name, seed and complete resolved
   * scenario. Two sweeps with the same fingerprint run the same replications and get the same
   * results.
   */
  public static String fingerprint(SweepSetup setup, String version) {
    StringBuilder text = new StringBuilder();
    text.append("patrolsim ").append(version).append('\n');
    text.append("kpis ").append(String.join(",", KpiCatalogue.keys())).append('\n');
    text.append("replications ").append(setup.replications()).append('\n');
    text.append("axes ")
        .append(String.join(",", setup.plan().axes().stream().map(Axis::path).toList()))
        .append('\n');
    for (Variant v : setup.variants()) {
      text.append("variant ")
          .append(v.index())
          .append(' ')
          .append(v.name())
          .append(" seed ")
          .append(v.seed())
          .append('\n')
          .append(v.scenarioJson())
          .append('\n');
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  /**
   * Reads the journal in {@code outDir}, if there is one, for {@code setup} run by patrolsim {@code
   * version}: its finished replications, or a {@link SweepInputError} if a line of it is damaged or
   * it belongs to another sweep that did not finish, or to any other sweep when {@code resuming}.
   * The journal of another sweep that finished (its files written) is to be replaced: {@link
   * #replaced} names it. Writes nothing; {@link #open} starts appending.
   */
  public static SweepJournal read(Path outDir, SweepSetup setup, String version, boolean resuming) {
    Path file = outDir.resolve(FILE);
    Header mine =
        new Header(
            fingerprint(setup, version),
            version,
            setup.plan().file().getFileName().toString(),
            setup.variants().size(),
            setup.replications());
    if (!Files.isRegularFile(file)) {
      return new SweepJournal(file, mine, List.of(), 0, false, false, null);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new SweepInputError(file + ": cannot read the sweep journal (" + e.getMessage() + ")");
    }
    int firstEnd = indexOf(bytes, 0);
    if (firstEnd < 0) {
      // not even the first line was written whole: a run killed at once; start afresh
      return new SweepJournal(file, mine, List.of(), 0, bytes.length > 0, bytes.length > 0, null);
    }
    Header theirs = header(file, new String(bytes, 0, firstEnd, StandardCharsets.UTF_8));
    if (!theirs.fingerprint().equals(mine.fingerprint())) {
      if (resuming || !endsFinished(bytes)) {
        throw new SweepInputError(
            file
                + ": the journal of another sweep ("
                + theirs.words()
                + ")"
                + (resuming ? "" : ", not finished")
                + ", not of this one ("
                + mine.words()
                + "); resume it with the"
                + " plan and options it was started with, or choose another --out");
      }
      return new SweepJournal(file, mine, List.of(), 0, false, true, theirs);
    }
    return results(file, bytes, firstEnd + 1, setup, mine);
  }

  /** Reads the result lines after the first, from byte {@code start}. */
  private static SweepJournal results(
      Path file, byte[] bytes, int start, SweepSetup setup, Header mine) {
    ResultBook seen = new ResultBook();
    List<ReplicationResult> finished = new ArrayList<>();
    int lineNumber = 1;
    for (int end = indexOf(bytes, start); end >= 0; start = end + 1, end = indexOf(bytes, start)) {
      lineNumber++;
      String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
      if (line.equals(FINISHED)) {
        continue;
      }
      ReplicationResult r = result(file, lineNumber, line, setup);
      try {
        if (seen.record(r)) {
          finished.add(r);
        }
      } catch (IllegalStateException e) {
        throw new SweepInputError(file + ": line " + lineNumber + ": " + e.getMessage());
      }
    }
    SweepJournal journal =
        new SweepJournal(file, mine, finished, start, start < bytes.length, true, null);
    journal.endsFinished = endsFinished(bytes);
    return journal;
  }

  /** Whether the last whole line says the sweep finished. */
  private static boolean endsFinished(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.endsWith("\n" + FINISHED + "\n");
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static Header header(Path file, String line) {
    try {
      JsonNode n = MAPPER.readTree(line);
      if (n == null
          || !KIND.equals(n.path("journal").asText())
          || n.path("format").asInt() != FORMAT) {
        throw new SweepInputError(
            file
                + ": line 1: not a patrolsim sweep journal of format "
                + FORMAT
                + "; choose another --out, or move the file away");
      }
      return new Header(
          n.path("fingerprint").asText(),
          n.path("version").asText(),
          n.path("plan").asText(),
          n.path("variants").asInt(),
          n.path("replications").asInt());
    } catch (IOException e) {
      throw new SweepInputError(
          file
              + ": line 1: not a patrolsim sweep journal ("
              + e.getMessage().lines().findFirst().orElse("")
              + ")");
    }
  }

  /**
   * One result line, {@code {"variant":0,"replication":3,"kpis":[...]}}, checked against the plan.
   */
  static ReplicationResult result(Path file, int lineNumber, String line, SweepSetup setup) {
    String where = file + ": line " + lineNumber + ": ";
    int variant = -1;
    int replication = -1;
    double[] kpis = null;
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new SweepInputError(where + "expected a JSON object");
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "variant" -> variant = p.getIntValue();
          case "replication" -> replication = p.getIntValue();
          case "kpis" -> kpis = values(p, where);
          default -> throw new SweepInputError(where + "unknown field '" + name + "'");
        }
      }
    } catch (IOException e) {
      throw new SweepInputError(
          where
              + "not a replication result ("
              + e.getMessage().lines().findFirst().orElse("")
              + ")");
    }
    if (variant < 0
        || variant >= setup.variants().size()
        || replication < 0
        || replication >= setup.replications()) {
      throw new SweepInputError(
          where
              + "variant "
              + variant
              + " replication "
              + replication
              + " is not in this sweep ("
              + setup.variants().size()
              + " variants x "
              + setup.replications()
              + ")");
    }
    if (kpis == null || kpis.length != KpiCatalogue.size()) {
      throw new SweepInputError(
          where
              + "expected "
              + KpiCatalogue.size()
              + " KPI values, got "
              + (kpis == null ? "none" : kpis.length));
    }
    return new ReplicationResult(variant, replication, kpis);
  }

  private static double[] values(JsonParser p, String where) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new SweepInputError(where + "kpis: expected a list of numbers");
    }
    List<Double> values = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.VALUE_NUMBER_INT
          || t == JsonToken.VALUE_NUMBER_FLOAT
          || t == JsonToken.VALUE_STRING) {
        values.add(parse(p.getText(), where));
      } else {
        throw new SweepInputError(where + "kpis: expected numbers, got " + t);
      }
    }
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  private static double parse(String text, String where) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new SweepInputError(where + "kpis: '" + text + "' is not a number");
    }
  }

  /**
   * The line of one result; the text of every value parses back to the same double. Public for the
   * journal's cost measurement (benchmarks/scripts/JournalWrites.java).
   */
  public static String line(ReplicationResult r) {
    StringBuilder s = new StringBuilder(32 + 24 * r.kpis().length);
    s.append("{\"variant\":")
        .append(r.variant())
        .append(",\"replication\":")
        .append(r.replication())
        .append(",\"kpis\":[");
    for (int k = 0; k < r.kpis().length; k++) {
      double v = r.kpis()[k];
      s.append(k == 0 ? "" : ",");
      s.append(Double.isFinite(v) ? Double.toString(v) : "\"" + v + "\"");
    }
    return s.append("]}\n").toString();
  }

  /** The journal's file. */
  public Path file() {
    return file;
  }

  /** Whether there was a journal of this sweep to resume (at least its first line). */
  public boolean resumable() {
    return existed && complete > 0;
  }

  /** The replications an earlier run finished, in the journal's order, each once. */
  public List<ReplicationResult> finished() {
    return finished;
  }

  /** The finished sweep of another plan whose journal this one replaces, in words; null if none. */
  public String replaced() {
    return replaced == null ? null : replaced.words();
  }

  /** Whether the journal ended in a half-written line (a killed run), dropped and overwritten. */
  public boolean droppedHalfLine() {
    return halfLine;
  }

  /**
   * Starts appending: locks the file against another sweep writing it, cuts off a half-written last
   * line, and writes the first line if the journal is new.
   */
  public synchronized void open() {
    try {
      Files.createDirectories(file.getParent());
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        channel = null;
        throw new SweepInputError(
            file + ": another sweep is writing this journal; choose another --out");
      }
      channel.truncate(complete);
      channel.position(complete);
      if (complete == 0) {
        write(headerLine());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sweep journal " + file, e);
    }
  }

  private String headerLine() throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("journal", KIND);
    m.put("format", FORMAT);
    m.put("fingerprint", header.fingerprint());
    m.put("version", header.version());
    m.put("plan", header.plan());
    m.put("variants", header.variants());
    m.put("replications", header.replications());
    return MAPPER.writeValueAsString(m) + "\n";
  }

  /** Appends one finished replication (one write, so a kill leaves at most a half line). */
  public synchronized void append(ReplicationResult r) {
    append(line(r));
    appended++;
    endsFinished = false;
  }

  private void append(String line) {
    if (channel == null) {
      throw new IllegalStateException("the sweep journal " + file + " is not open");
    }
    try {
      write(line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the sweep journal " + file, e);
    }
  }

  private void write(String text) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  /**
   * Notes that the sweep's final files are written: the journal of a finished sweep may be replaced
   * by a sweep of another plan without losing anything.
   */
  public synchronized void finish() {
    if (!endsFinished) {
      append(FINISHED + "\n");
      endsFinished = true;
    }
  }

  /** The replications appended by this run. */
  public synchronized int appended() {
    return appended;
  }

  @Override
  public synchronized void close() {
    try {
      if (lock != null) {
        lock.release();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the sweep journal " + file, e);
    } finally {
      lock = null;
      channel = null;
    }
  }
}
