// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill.web;

import akka.actor.typed.ActorSystem;
import akka.http.javadsl.Http;
import akka.http.javadsl.ServerBinding;
import akka.http.javadsl.marshalling.sse.EventStreamMarshalling;
import akka.http.javadsl.model.HttpEntity;
import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.MediaTypes;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.headers.Host;
import akka.http.javadsl.model.headers.RawHeader;
import akka.http.javadsl.server.AllDirectives;
import akka.http.javadsl.server.MethodRejection;
import akka.http.javadsl.server.RejectionHandler;
import akka.http.javadsl.server.Route;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.patrolsim.dispatch.drill.DrillInputError;
import org.patrolsim.dispatch.drill.DrillSession;
import org.patrolsim.dispatch.drill.LiveCursor;
import org.patrolsim.dispatch.report.geojson.PlanMap;

/**
 * The drill's web server (Akka HTTP), on 127.0.0.1 unless told otherwise. Anyone who can reach it
 * may watch: the page ({@code GET /}), its assets, the plan ({@code GET /api/plan}), the live
 * picture ({@code GET /api/state} once, {@code GET /api/events} as server-sent events) and, once
 * the drill has ended, the report ({@code GET /report.html}). Changing anything takes the trainer's
 * token ({@link ControlRoutes}). On a loopback address, a request whose Host is not a loopback name
 * is refused (a web page elsewhere cannot reach the drill through a name that resolves to this
 * machine). On any other address the page shows a banner: the drill offers no TLS, so the trainer's
 * token and controls travel in clear text to other machines.
 */
public final class DrillServer implements AutoCloseable {
  /** How often the live picture is taken and sent to pages. */
  public static final Duration FRAME_INTERVAL = Duration.ofMillis(250);

  private static final Set<String> LOOPBACK_NAMES =
      Set.of("localhost", "127.0.0.1", "[::1]", "::1");
  private static final List<HttpHeader> SAFETY =
      List.of(
          RawHeader.create("X-Content-Type-Options", "nosniff"),
          RawHeader.create("Referrer-Policy", "no-referrer"),
          RawHeader.create("X-Frame-Options", "DENY"));

  private final ServerBinding binding;
  private final FrameTicker ticker;
  private final TrainerToken token;

  private DrillServer(ServerBinding binding, FrameTicker ticker, TrainerToken token) {
    this.binding = binding;
    this.ticker = ticker;
    this.token = token;
  }

  /**
   * Starts serving {@code session} on {@code host}:{@code port} (0: any free port).
   *
   * @param report the report the drill writes when it ends, served then as /report.html (null:
   *     none)
   * @throws DrillInputError when the address cannot be listened on (in use, not this machine's)
   */
  public static DrillServer start(
      ActorSystem<?> system,
      DrillSession session,
      PlanMap plan,
      String host,
      int port,
      TrainerToken token,
      Path report) {
    boolean loopback = isLoopback(host);
    FrameTicker ticker = new FrameTicker(system, session, FRAME_INTERVAL);
    Routes routes =
        new Routes(
            session,
            PlanDocument.of(session.model(), plan, FRAME_INTERVAL.toMillis()),
            token,
            report,
            loopback);
    try {
      ServerBinding binding =
          Http.get(system)
              .newServerAt(host, port)
              .bind(routes.all())
              .toCompletableFuture()
              .get(30, TimeUnit.SECONDS);
      return new DrillServer(binding, ticker, token);
    } catch (java.util.concurrent.ExecutionException | CompletionException e) {
      ticker.close();
      throw new DrillInputError(
          "--host "
              + host
              + " --port "
              + port
              + ": cannot listen there ("
              + (e.getCause() == null ? e : e.getCause()).getMessage()
              + "); choose another port, or --port 0 for any free one");
    } catch (java.util.concurrent.TimeoutException e) {
      ticker.close();
      throw new IllegalStateException("the drill's server did not start within 30 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ticker.close();
      throw new IllegalStateException("interrupted while starting the drill's server", e);
    }
  }

  /** The address listened on. */
  public InetSocketAddress address() {
    return binding.localAddress();
  }

  /** The page for observers (read-only); on every interface, its address on this machine. */
  public URI observerUrl() {
    InetSocketAddress a = address();
    String host =
        a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
    return URI.create(
        "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
  }

  /**
   * The page for the trainer: the token rides in the fragment, which browsers never send to a
   * server.
   */
  public URI trainerUrl() {
    return URI.create(observerUrl() + "#token=" + token.value());
  }

  /** Stops listening and closes open connections (the streams of pages still watching). */
  @Override
  public void close() {
    ticker.close();
    binding.terminate(Duration.ofSeconds(2)).toCompletableFuture().join();
  }

  /** Whether {@code host} is a loopback address of this machine. */
  public static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new DrillInputError("--host " + host + ": no such address on this machine");
    }
  }

  /** The routes, one place. */
  private static final class Routes extends AllDirectives {
    private final DrillSession session;
    private final String plan;
    private final ControlRoutes control;
    private final PageAssets assets;
    private final Path report;
    private final boolean loopback;

    Routes(DrillSession session, String plan, TrainerToken token, Path report, boolean loopback) {
      this.session = session;
      this.plan = plan;
      this.control = new ControlRoutes(session, token);
      this.report = report;
      this.loopback = loopback;
      this.assets = new PageAssets(!loopback);
    }

    Route all() {
      return respondWithHeaders(
          SAFETY,
          () ->
              handleRejections(
                  rejections(),
                  () ->
                      hostChecked(
                          () ->
                              concat(
                                  pathSingleSlash(() -> get(() -> complete(assets.page()))),
                                  pathPrefix(
                                      "assets",
                                      () ->
                                          path(
                                              name ->
                                                  get(
                                                      () -> {
                                                        var asset = assets.asset(name);
                                                        return asset == null
                                                            ? notFound("no asset " + name)
                                                            : encodeResponse(() -> complete(asset));
                                                      }))),
                                  path("report.html", () -> get(this::report)),
                                  pathPrefix(
                                      "api",
                                      () ->
                                          concat(
                                              path(
                                                  "plan",
                                                  () ->
                                                      get(
                                                          () ->
                                                              encodeResponse(
                                                                  () ->
                                                                      complete(
                                                                          Replies.of(
                                                                              StatusCodes.OK,
                                                                              plan))))),
                                              path(
                                                  "state",
                                                  () -> get(() -> complete(Replies.ok(state())))),
                                              path(
                                                  "events",
                                                  () ->
                                                      get(
                                                          () ->
                                                              completeOK(
                                                                  LiveStream.of(
                                                                      session.live(),
                                                                      FRAME_INTERVAL),
                                                                  EventStreamMarshalling
                                                                      .toEventStream()))),
                                              control.route()))))));
    }

    /** The whole picture now, as a page that connects gets it first. */
    private Map<String, Object> state() {
      Map<String, Object> now = session.live().next(new LiveCursor());
      return now == null ? Map.of() : now;
    }

    private Route report() {
      if (report == null || session.live().outcome() == null || !Files.isRegularFile(report)) {
        return notFound("the report is written when the drill ends");
      }
      return encodeResponse(
          () -> getFromFile(report.toFile(), akka.http.javadsl.model.ContentTypes.TEXT_HTML_UTF8));
    }

    /**
     * On loopback, only loopback names: a page elsewhere cannot rebind a name of its own to this
     * server.
     */
    private Route hostChecked(java.util.function.Supplier<Route> inner) {
      if (!loopback) {
        return inner.get();
      }
      return optionalHeaderValueByType(
          Host.class,
          host -> {
            String name = host.map(h -> h.host().address().toLowerCase(Locale.ROOT)).orElse("");
            return LOOPBACK_NAMES.contains(name)
                ? inner.get()
                : complete(
                    Replies.error(
                        StatusCodes.MISDIRECTED_REQUEST,
                        "this drill answers only to 127.0.0.1 or"
                            + " localhost (Host: "
                            + name
                            + ")"));
          });
    }

    private Route notFound(String message) {
      return complete(Replies.error(StatusCodes.NOT_FOUND, message));
    }

    private RejectionHandler rejections() {
      return RejectionHandler.newBuilder()
          .handleNotFound(extractUnmatchedPath(p -> notFound("nothing at " + p)))
          .handleAll(
              MethodRejection.class,
              rs ->
                  complete(
                      Replies.error(
                          StatusCodes.METHOD_NOT_ALLOWED,
                          "method not allowed here; use "
                              + String.join(
                                  " or ", rs.stream().map(r -> r.supported().name()).toList()))))
          .build()
          .withFallback(RejectionHandler.defaultHandler())
          .mapRejectionResponse(Routes::asJson);
    }

    /**
     * Akka's own rejections (a body too large, a missing header) answered as JSON errors too, in
     * one line; a body too large in words of the drill, not of Akka's settings.
     */
    private static HttpResponse asJson(HttpResponse r) {
      if (r.status().equals(StatusCodes.CONTENT_TOO_LARGE)) {
        return Replies.error(
            r.status(),
            "the body is too large: a request holds at most "
                + ControlRoutes.MAX_BODY
                + " bytes of JSON");
      }
      if (r.entity() instanceof HttpEntity.Strict strict
          && strict.getContentType().mediaType().equals(MediaTypes.TEXT_PLAIN)) {
        return Replies.error(r.status(), strict.getData().utf8String()).addHeaders(r.getHeaders());
      }
      return r;
    }
  }
}
