// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill.web;

import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.StatusCode;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.headers.RawHeader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.Map;
import org.patrolsim.dispatch.ErrorText;

/**
 * The drill server's JSON answers: a value, or an error as {@code {"error": "one line"}} (shown
 * through {@link ErrorText#line}).
 */
final class Replies {
  /** Writes answers; reads requests, refusing a field given twice. */
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private Replies() {}

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HttpResponse ok(Object value) {
    return of(StatusCodes.OK, json(value));
  }

  static HttpResponse error(StatusCode status, String message) {
    return of(status, json(Map.of("error", ErrorText.line(message))));
  }

  static HttpResponse of(StatusCode status, String json) {
    return HttpResponse.create()
        .withStatus(status)
        .withEntity(HttpEntities.create(ContentTypes.APPLICATION_JSON, json))
        .addHeader(RawHeader.create("Cache-Control", "no-store"));
  }
}
