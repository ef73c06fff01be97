// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import akka.actor.typed.ActorSystem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.patrolsim.dispatch.drill.DrillActorSystem;
import org.patrolsim.dispatch.drill.DrillLog;
import org.patrolsim.dispatch.drill.DrillSession;
import org.patrolsim.dispatch.drill.DrillSettings;
import org.patrolsim.dispatch.drill.web.DrillServer;
import org.patrolsim.dispatch.drill.web.TrainerToken;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.report.ConsoleTable;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.report.geojson.PlanMap;
import org.patrolsim.dispatch.report.html.HtmlReport;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.geo.GeoInputException;
import org.patrolsim.geo.network.RoadNetwork;
import org.patrolsim.sim.WallClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code patrolsim drill}: a live drill. Runs a scenario paced at k x the wall clock behind a web
 * page (on 127.0.0.1 unless {@code --host}), prints the address for observers and the trainer's
 * link with its token, and logs every injection and control into the output folder. When the drill
 * ends (the trainer ends it, Ctrl-C, or the run drains) it writes the outputs of {@code run} and
 * the report, and prints how to replay it ({@code run --injections}).
 */
@Command(
    name = "drill",
    mixinStandardHelpOptions = true,
    description =
        "Run a live drill: a paced run in the browser where a trainer injects incidents and staff watch.")
final class DrillCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScenarioOptions scenario = new ScenarioOptions();

  @Option(
      names = "--speed",
      defaultValue = "10",
      paramLabel = "K",
      description =
          "Simulated seconds per wall-clock second at the start (default ${DEFAULT-VALUE}; 0.1 to 3600);"
              + " the trainer changes it on the page.")
  double speed;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default ${DEFAULT-VALUE}: this machine only). Another address lets others"
              + " on the network watch; control still needs the trainer's token.")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default ${DEFAULT-VALUE}; 0: any free port).")
  int port;

  @Option(
      names = "--out",
      defaultValue = "out/drill",
      description = "Output folder (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--linger",
      defaultValue = "300",
      paramLabel = "SECONDS",
      description =
          "How long the page stays up after the drill ends, showing the final state and the report"
              + " (default ${DEFAULT-VALUE}; Ctrl-C stops it sooner).")
  int linger;

  /** Tests pace the drill with their own clock. */
  WallClock clock = WallClock.system();

  @Override
  public Integer call() throws InterruptedException {
    DrillSettings.checkSpeed("--speed", speed);
    if (port < 0 || port > 65_535) {
      throw new CliInputError("--port: expected 0 to 65535, got " + port);
    }
    if (linger < 0) {
      throw new CliInputError("--linger: expected 0 or more seconds, got " + linger);
    }
    OutputFolder.check("--out", out);
    List<String> replay = new ArrayList<>(List.of("patrolsim", "run"));
    replay.addAll(scenario.asArguments());
    replay.addAll(List.of("--injections", out.resolve(DrillLog.FILE).toString()));
    LoadedScenario loaded = scenario.load();
    try (RoadNetwork network = RunCommand.network(loaded)) {
      CityModel model = CityModelBuilder.build(loaded, network);
      return drill(loaded, model, PlanMap.of(model), String.join(" ", replay));
    } catch (GeoInputException e) {
      throw new CliInputError(e.getMessage());
    }
  }

  private int drill(LoadedScenario loaded, CityModel model, PlanMap plan, String replayCommand)
      throws InterruptedException {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("scenario", loaded.source());
    header.put("seed", model.scenario().seed());
    header.put("days", model.scenario().days());
    header.put("speed", speed);
    header.put("replay", replayCommand);
    AtomicReference<RunReport> report = new AtomicReference<>();
    try (ReportFiles files = ReportFiles.in(out, false)) {
      RunFiles outputs = RunFiles.open(files);
      DrillSession session =
          DrillSession.create(
              model,
              new DrillSettings(
                  speed,
                  clock,
                  out.resolve(DrillLog.FILE),
                  header,
                  r -> {
                    report.set(r);
                    outputs.complete(r, plan, Map.of(), true);
                    return written(files);
                  }),
              outputs.fold());
      return serve(loaded, session, plan, report, replayCommand);
    }
  }

  /** Serves the drill until it ends, then tells where its outputs are and how to replay it. */
  private int serve(
      LoadedScenario loaded,
      DrillSession session,
      PlanMap plan,
      AtomicReference<RunReport> report,
      String replayCommand)
      throws InterruptedException {
    PrintWriter o = spec.commandLine().getOut();
    CityModel model = session.model();
    ActorSystem<Void> system = DrillActorSystem.create();
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch printed = new CountDownLatch(1);
    Thread hook = new Thread(() -> endOnExit(session, stop, printed), "patrolsim-drill-exit");
    try (DrillServer server =
        DrillServer.start(
            system,
            session,
            plan,
            host,
            port,
            TrainerToken.random(),
            out.resolve(HtmlReport.FILE))) {
      session.start(system);
      Runtime.getRuntime().addShutdownHook(hook);
      o.println(
          "patrolsim drill: "
              + loaded.source()
              + ", "
              + model.scenario().days()
              + " day(s) of calls, seed "
              + model.scenario().seed()
              + ", policy "
              + model.scenario().dispatch().policy()
              + ", "
              + speed
              + " x real time");
      o.println("  watch (observers, read-only): " + server.observerUrl());
      o.println("  trainer (keep this link to yourself: it gives control): " + server.trainerUrl());
      o.println("  log: " + session.logFile());
      if (!DrillServer.isLoopback(host)) {
        o.println(
            "  note: listening on "
                + host
                + " (others open this machine's address on port "
                + server.address().getPort()
                + "): anyone who can reach it can watch");
        PrintWriter err = spec.commandLine().getErr();
        err.println(plainHttpWarning(host));
        err.flush();
      }
      o.println(
          "  the trainer ends the drill on the page; Ctrl-C ends it too, and writes the outputs");
      o.flush();
      Map<String, Object> outcome = session.finished().toCompletableFuture().join();
      o.println(
          "patrolsim drill ended at " + outcome.get("endedAt") + " (" + outcome.get("how") + ")");
      o.print(ConsoleTable.of(report.get()));
      o.println("  written to " + out + ": " + outcome.get("files"));
      o.println(
          "  open the report: "
              + out.resolve(HtmlReport.FILE).toAbsolutePath().normalize()
              + (linger > 0 && stop.getCount() > 0
                  ? " (also " + server.observerUrl() + "report.html for " + linger + " s)"
                  : ""));
      o.println("  replay it: " + replayCommand);
      o.flush();
      printed.countDown();
      stop.await(linger, TimeUnit.SECONDS);
    } finally {
      printed.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException | IllegalArgumentException e) {
        // the JVM is shutting down (Ctrl-C): the hook is running, or never was added
      }
      system.terminate();
      system.getWhenTerminated().toCompletableFuture().join();
    }
    return 0;
  }

  /**
   * Ctrl-C: end a drill still going and wait (bounded) for its outputs, then let the command
   * finish.
   */
  private static void endOnExit(DrillSession session, CountDownLatch stop, CountDownLatch printed) {
    if (!session.finished().toCompletableFuture().isDone()) {
      session.end();
      try {
        session.finished().toCompletableFuture().get(120, TimeUnit.SECONDS);
      } catch (Exception e) {
        // the outputs could not be written in time; the log is on disk
      }
    }
    stop.countDown();
    try {
      printed.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What the page is told of the outputs, once written. */
  private Map<String, Object> written(ReportFiles files) {
    Map<String, Object> outcome = new LinkedHashMap<>();
    outcome.put("out", out.toAbsolutePath().normalize().toString());
    outcome.put("files", String.join(", ", files.names()));
    outcome.put("report", "/report.html");
    return outcome;
  }

  /**
   * The warning for a drill served beyond this machine: its control (the trainer's token, every
   * command) travels over plain HTTP, readable by anyone on the network between.
   */
  static String plainHttpWarning(String host) {
    return "patrolsim drill: warning: --host "
        + host
        + " serves the drill over plain HTTP to other machines: the trainer's token and every"
        + " control travel unencrypted, so anyone on the network between can read them and take"
        + " control; keep the default --host 127.0.0.1 unless that network is trusted";
  }
}
