// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill.web;

import akka.NotUsed;
import akka.http.javadsl.model.sse.ServerSentEvent;
import akka.stream.javadsl.Source;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.drill.LiveCursor;
import org.patrolsim.dispatch.drill.LiveState;

/**
 * The server-sent events of one page: at each tick, what is new for that page (the whole picture
 * first, so a page that reconnects catches up from the present state; then the latest frame and
 * what changed). A tick the page is not ready for is dropped, never queued, so a slow page gets
 * fewer, larger updates and holds no memory on the server. The stream ends with the drill ({@code
 * ended} event).
 */
final class LiveStream {
  /** How long a browser waits before it reconnects a dropped stream. */
  static final int RETRY_MS = 1000;

  private LiveStream() {}

  static Source<ServerSentEvent, NotUsed> of(LiveState live, Duration every) {
    LiveCursor cursor = new LiveCursor();
    return Source.tick(Duration.ZERO, every, "tick")
        .mapConcat(
            t -> {
              Map<String, Object> next = live.next(cursor);
              return next == null ? List.<Map<String, Object>>of() : List.of(next);
            })
        .takeWhile(m -> m.get("ended") == null, true)
        .map(
            m ->
                m.get("ended") == null
                    ? ServerSentEvent.create(Replies.json(m), "update")
                    : ServerSentEvent.create(Replies.json(m), "ended"))
        .prepend(
            Source.single(
                ServerSentEvent.create(
                    "",
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.OptionalInt.of(RETRY_MS))))
        .mapMaterializedValue(c -> NotUsed.getInstance());
  }
}
