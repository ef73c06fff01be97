// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill.web;

import akka.http.javadsl.model.HttpHeader;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.MediaTypes;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.headers.RawHeader;
import akka.http.javadsl.server.AllDirectives;
import akka.http.javadsl.server.Route;
import akka.http.javadsl.unmarshalling.Unmarshaller;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.patrolsim.dispatch.drill.DayClock;
import org.patrolsim.dispatch.drill.DrillConflict;
import org.patrolsim.dispatch.drill.DrillInputError;
import org.patrolsim.dispatch.drill.DrillSession;
import org.patrolsim.dispatch.drill.IncidentOrder;
import org.patrolsim.dispatch.drill.JsonProblem;
import org.patrolsim.sim.RunStatus;

/**
 * The trainer's requests: {@code POST /api/incidents} (inject an incident) and {@code POST
 * /api/control/<pause|resume|speed|jump|end>}. Each must carry the trainer's token (else 401
 * without one, 403 with a wrong one) and a JSON body (at most {@value #MAX_BODY} bytes) of exactly
 * the fields it takes, each once; a bad one gets 400 with one line naming the field (a number out
 * of its range too), one larger than that 413, one the drill cannot take now 409, and neither
 * changes anything. The token is checked before the body is read.
 */
final class ControlRoutes extends AllDirectives {
  static final long MAX_BODY = 16 * 1024;
  private static final List<HttpHeader> CHALLENGE =
      List.of(RawHeader.create("WWW-Authenticate", "Bearer realm=\"patrolsim drill\""));

  private final DrillSession session;
  private final TrainerToken token;

  ControlRoutes(DrillSession session, TrainerToken token) {
    this.session = session;
    this.token = token;
  }

  Route route() {
    return concat(
        path("incidents", () -> post(() -> trainer(body -> inject(body)))),
        path(
            akka.http.javadsl.server.PathMatchers.segment("control")
                .slash(akka.http.javadsl.server.PathMatchers.segment()),
            action -> post(() -> trainer(body -> control(action, body)))));
  }

  /**
   * Checks the token, then reads the body as one JSON object and answers what {@code handle} makes
   * of it.
   */
  private Route trainer(Function<JsonNode, CompletionStage<HttpResponse>> handle) {
    return optionalHeaderValueByName(
        "Authorization",
        auth ->
            switch (token.check(auth)) {
              case MISSING ->
                  complete(
                      Replies.error(
                              StatusCodes.UNAUTHORIZED,
                              "this needs the trainer's token (Authorization: Bearer <token>, printed when the drill started);"
                                  + " observers can only watch")
                          .addHeaders(CHALLENGE));
              case WRONG ->
                  complete(
                      Replies.error(
                          StatusCodes.FORBIDDEN, "wrong trainer's token: nothing was changed"));
              case TRAINER ->
                  withSizeLimit(
                      MAX_BODY,
                      () ->
                          extractRequest(
                              request -> {
                                var type = request.entity().getContentType();
                                boolean empty = request.entity().isKnownEmpty();
                                if (!empty
                                    && !type.mediaType().equals(MediaTypes.APPLICATION_JSON)) {
                                  return complete(
                                      Replies.error(
                                          StatusCodes.UNSUPPORTED_MEDIA_TYPE,
                                          "expected a JSON body (Content-Type: application/json), got "
                                              + type));
                                }
                                return entity(
                                    Unmarshaller.entityToString(),
                                    text -> completeWithFuture(answer(text, handle)));
                              }));
            });
  }

  private static CompletionStage<HttpResponse> answer(
      String text, Function<JsonNode, CompletionStage<HttpResponse>> handle) {
    CompletionStage<HttpResponse> answer;
    try {
      JsonNode body =
          text.isBlank() ? Replies.JSON.createObjectNode() : Replies.JSON.readTree(text);
      if (body == null || !body.isObject()) {
        throw new DrillInputError("expected a JSON object as the body");
      }
      answer = handle.apply(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      answer =
          CompletableFuture.failedFuture(
              new DrillInputError("the body is not JSON: " + JsonProblem.of(e)));
    } catch (RuntimeException e) {
      answer = CompletableFuture.failedFuture(e);
    }
    return answer.exceptionally(ControlRoutes::refusal);
  }

  private static HttpResponse refusal(Throwable failure) {
    Throwable e =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (e instanceof DrillInputError) {
      return Replies.error(StatusCodes.BAD_REQUEST, e.getMessage());
    }
    if (e instanceof DrillConflict) {
      return Replies.error(StatusCodes.CONFLICT, e.getMessage());
    }
    return Replies.error(StatusCodes.INTERNAL_SERVER_ERROR, "the drill failed to apply this: " + e);
  }

  private CompletionStage<HttpResponse> inject(JsonNode body) {
    IncidentOrder order = IncidentOrder.read(body, session.model());
    return session.inject(order).thenApply(Replies::ok);
  }

  private CompletionStage<HttpResponse> control(String action, JsonNode body) {
    return switch (action) {
      case "pause" -> {
        fields(body, Set.of());
        yield session.pause().thenApply(ControlRoutes::status);
      }
      case "resume" -> {
        fields(body, Set.of());
        yield session.resume().thenApply(ControlRoutes::status);
      }
      case "speed" -> {
        fields(body, Set.of("speed"));
        JsonNode v = body.get("speed");
        if (v == null || !v.isNumber()) {
          throw new DrillInputError(
              "speed: expected a number (simulated seconds per second), got " + v);
        }
        yield session.speed(v.asDouble()).thenApply(ControlRoutes::status);
      }
      case "jump" -> {
        fields(body, Set.of("timeMs"));
        JsonNode v = body.get("timeMs");
        if (v == null
            || !v.canConvertToExactIntegral()
            || !v.canConvertToLong()
            || v.asLong() < 0) {
          throw new DrillInputError(
              "timeMs: expected the simulated time to jump to, in whole ms since the start, got "
                  + v);
        }
        yield session.jump(v.asLong()).thenApply(ControlRoutes::status);
      }
      case "end" -> {
        fields(body, Set.of());
        yield session.end().thenApply(Replies::ok);
      }
      default ->
          throw new DrillInputError(
              "control: unknown control '"
                  + action
                  + "'; expected pause, resume, speed, jump or end");
    };
  }

  private static void fields(JsonNode body, Set<String> allowed) {
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!allowed.contains(field)) {
        throw new DrillInputError(
            field
                + ": unknown field; expected "
                + (allowed.isEmpty() ? "no fields" : String.join(", ", allowed)));
      }
    }
  }

  private static HttpResponse status(RunStatus s) {
    return Replies.ok(
        Map.of(
            "timeMs",
            s.simulatedNow(),
            "time",
            DayClock.of(s.simulatedNow()),
            "paused",
            s.paused(),
            "speed",
            s.speed()));
  }
}
