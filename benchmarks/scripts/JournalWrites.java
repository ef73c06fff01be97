// SPDX-License-Identifier: Apache-2.0
// The sweep journal's cost per replication: the replication lines of a real journal (ARG 1) rebuilt and
// written the way SweepJournal does (SweepJournal.line itself; one FileChannel write per line
// to a locked file) to ARG 2, ROUNDS (ARG 3) times over; prints the median time per line and its size.
// Run by sweep-throughput.sh: java -cp patrolsim.jar JournalWrites.java JOURNAL OUT ROUNDS
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.patrolsim.dispatch.sweep.ReplicationResult;
import org.patrolsim.dispatch.sweep.SweepJournal;

public class JournalWrites {

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<ReplicationResult> results = new ArrayList<>();
    for (String text : Files.readAllLines(Path.of(args[0]))) {
      JsonNode n = mapper.readTree(text);
      if (n.has("kpis")) {
        double[] kpis = new double[n.get("kpis").size()];
        for (int k = 0; k < kpis.length; k++) {
          JsonNode v = n.get("kpis").get(k);
          kpis[k] = v.isTextual() ? Double.parseDouble(v.asText()) : v.asDouble();
        }
        results.add(new ReplicationResult(n.get("variant").asInt(), n.get("replication").asInt(), kpis));
      }
    }
    int rounds = Integer.parseInt(args[2]);
    long[] perLine = new long[rounds];
    long bytes = 0;
    for (int round = 0; round < rounds; round++) {
      Files.deleteIfExists(Path.of(args[1]));
      try (FileChannel channel =
              FileChannel.open(Path.of(args[1]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.tryLock()) {
        long start = System.nanoTime();
        bytes = 0;
        for (ReplicationResult r : results) {
          ByteBuffer buffer = ByteBuffer.wrap(SweepJournal.line(r).getBytes(StandardCharsets.UTF_8));
          bytes += buffer.remaining();
          while (buffer.hasRemaining()) {
            channel.write(buffer);
          }
        }
        perLine[round] = (System.nanoTime() - start) / results.size();
      }
    }
    Arrays.sort(perLine);
    System.out.printf(
        "journal: %d lines of %d bytes on average, each built and written in %.1f µs (median of %d"
            + " rounds; fastest %.1f, slowest %.1f)%n",
        results.size(), bytes / results.size(), perLine[rounds / 2] / 1000.0, rounds,
        perLine[0] / 1000.0, perLine[rounds - 1] / 1000.0);
  }
}
