// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client of a server-sent event stream, as a browser's EventSource reads it: events (type and
 * data) arrive in a queue with the wall-clock time they were received; {@link #close()} drops the
 * connection.
 */
public final class EventStreamClient implements AutoCloseable {
  /** One event, received at {@code receivedMs} (System.currentTimeMillis). */
  public record Event(String type, String data, long receivedMs) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
  private final CompletableFuture<HttpResponse<Void>> response;

  public EventStreamClient(HttpClient http, URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET().build();
    response = http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Lines()));
  }

  /** The next event, waiting at most {@code seconds}; null when none came. */
  public Event next(double seconds) throws InterruptedException {
    return events.poll((long) (seconds * 1000), TimeUnit.MILLISECONDS);
  }

  /**
   * The next event of type {@code type} (others skipped), waiting at most {@code seconds} in all.
   */
  public Event next(String type, double seconds) throws InterruptedException {
    long until = System.nanoTime() + (long) (seconds * 1e9);
    for (long left; (left = until - System.nanoTime()) > 0; ) {
      Event e = events.poll(left, TimeUnit.NANOSECONDS);
      if (e != null && e.type().equals(type)) {
        return e;
      }
    }
    return null;
  }

  /** The status of the response (waits for its head). */
  public int status() {
    return response.join().statusCode();
  }

  @Override
  public void close() {
    var unused = subscription.thenAccept(Flow.Subscription::cancel); // nothing to wait for
    response.cancel(true);
  }

  /** Parses the text/event-stream lines into events. */
  private final class Lines implements Flow.Subscriber<String> {
    private String type = "message";
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription.complete(s);
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
      if (line.isEmpty()) {
        if (hasData && data.length() > 0) {
          events.add(new Event(type, data.toString(), System.currentTimeMillis()));
        }
        type = "message";
        data.setLength(0);
        hasData = false;
      } else if (line.startsWith("event:")) {
        type = line.substring(6).trim();
      } else if (line.startsWith("data:")) {
        if (hasData) {
          data.append('\n');
        }
        data.append(line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5));
        hasData = true;
      }
    }

    @Override
    public void onError(Throwable t) {
      // a dropped connection ends the stream; tests see no more events
    }

    @Override
    public void onComplete() {
      // the server ended the stream
    }
  }
}
