// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.MonacoRun;
import org.patrolsim.geo.network.Bounds;

/**
 * Every GeoJSON file of a real run parses as an RFC 7946 FeatureCollection whose geometries JTS
 * finds valid, with [lon, lat] positions inside the map's bounds and rings wound by the right-hand
 * rule; incidents.geojson has one feature per incident, with the times of incidents.csv.
 */
@IntegrationTest
class GeoJsonFilesTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final GeometryFactory JTS = new GeometryFactory();
  static final List<String> FILES =
      List.of(
          IncidentsGeoJson.FILE,
          StationsGeoJson.FILE,
          JurisdictionsGeoJson.FILE,
          BeatsGeoJson.FILE,
          CoverageGeoJson.FILE,
          PresenceGeoJson.FILE);

  @TempDir static Path out;
  static MonacoRun run;

  @BeforeAll
  static void write() {
    run = MonacoRun.writing(out);
  }

  @Test
  void everyFileIsAFeatureCollectionOfValidGeometriesInLonLatOrderInsideTheMap() throws Exception {
    Bounds b = run.plan().bounds();
    // Monaco lies at 43.7 N, 7.4 E: latitude first would fall outside these bounds.
    assertThat(b.minLat()).isGreaterThan(40);
    assertThat(b.maxLon()).isLessThan(10);
    for (String file : FILES) {
      JsonNode fc = JSON.readTree(out.resolve(file).toFile());
      assertThat(fc.get("type").asText()).as(file).isEqualTo("FeatureCollection");
      assertThat(fc.has("crs")).as(file + ": RFC 7946 has no crs member").isFalse();
      assertThat(fc.get("features").size()).as(file).isPositive();
      Set<String> ids = new HashSet<>();
      for (JsonNode f : fc.get("features")) {
        assertThat(f.get("type").asText()).isEqualTo("Feature");
        assertThat(f.get("properties").isObject()).isTrue();
        assertThat(ids.add(f.get("id").asText())).as(file + ": unique feature ids").isTrue();
        Geometry g = geometry(f.get("geometry"), file);
        assertThat(g.isValid())
            .as(file + " feature " + f.get("id") + " is a valid geometry")
            .isTrue();
        // jurisdictions reach the 500 m around the network in which a call may still snap to a road
        double marginLat = file.equals(JurisdictionsGeoJson.FILE) ? 500 / 111_320.0 + 1e-6 : 1e-6;
        double marginLon =
            file.equals(JurisdictionsGeoJson.FILE)
                ? 500 / (111_320.0 * Math.cos(Math.toRadians(b.maxLat()))) + 1e-6
                : 1e-6;
        for (Coordinate c : g.getCoordinates()) {
          assertThat(c.x)
              .as(file + ": longitude")
              .isBetween(b.minLon() - marginLon, b.maxLon() + marginLon);
          assertThat(c.y)
              .as(file + ": latitude")
              .isBetween(b.minLat() - marginLat, b.maxLat() + marginLat);
        }
      }
    }
  }

  @Test
  void incidentsHaveOneFeatureEachWithTheTimesOfIncidentsCsv() throws Exception {
    JsonNode fc = JSON.readTree(out.resolve(IncidentsGeoJson.FILE).toFile());
    List<String> csv = Files.readAllLines(out.resolve(ReportFiles.INCIDENTS));
    assertThat(fc.get("features").size())
        .isEqualTo(run.timelines().size())
        .isEqualTo(csv.size() - 1);
    List<String> header = List.of(csv.get(0).split(","));
    for (int i = 1; i < csv.size(); i++) {
      String[] row = csv.get(i).split(",", -1);
      JsonNode p = fc.get("features").get(i - 1).get("properties");
      assertThat(p.get("id").asText()).isEqualTo(row[header.indexOf("id")]);
      for (String time :
          List.of("callS", "firstDispatchS", "firstArrivalS", "coveredS", "clearS")) {
        String v = row[header.indexOf(time)];
        if (v.isEmpty()) {
          assertThat(p.get(time).isNull()).isTrue();
        } else {
          assertThat(p.get(time).asDouble())
              .as("incident " + row[0] + " " + time)
              .isEqualTo(Double.parseDouble(v));
        }
      }
      assertThat(p.get("disposal").asText()).isEqualTo(row[header.indexOf("disposal")]);
      JsonNode xy = fc.get("features").get(i - 1).get("geometry").get("coordinates");
      assertThat(xy.get(0).asDouble()).isEqualTo(Double.parseDouble(row[header.indexOf("lon")]));
      assertThat(xy.get(1).asDouble()).isEqualTo(Double.parseDouble(row[header.indexOf("lat")]));
    }
  }

  @Test
  void presenceHasEverySegmentAndItsPatrolMinutesAddUpToTheCarsFreeTime() throws Exception {
    JsonNode presence = JSON.readTree(out.resolve(PresenceGeoJson.FILE).toFile());
    JsonNode coverage = JSON.readTree(out.resolve(CoverageGeoJson.FILE).toFile());
    assertThat(presence.get("features").size()).isEqualTo(coverage.get("features").size());
    double minutes = 0;
    Set<Integer> ranks = new HashSet<>();
    for (JsonNode f : presence.get("features")) {
      JsonNode p = f.get("properties");
      minutes += p.get("patrolMinutesPerDay").asDouble();
      assertThat(p.get("revisitP50MinutesByBlock").size()).isEqualTo(6);
      if (!p.get("hotspotRank").isNull()) {
        ranks.add(p.get("hotspotRank").asInt());
      }
      if (!p.get("revisitP50Minutes").isNull()) {
        assertThat(p.get("revisitP90Minutes").asDouble())
            .isGreaterThanOrEqualTo(p.get("revisitP50Minutes").asDouble());
      }
    }
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> vehicles =
        (java.util.Map<String, Object>) run.report().summary().get("vehicles");
    @SuppressWarnings("unchecked")
    double free =
        ((Number) ((java.util.Map<String, Object>) vehicles.get("timeShare")).get("free"))
            .doubleValue();
    double freeMinutesPerDay = free * ((Number) vehicles.get("count")).intValue() * 1440;
    // every free minute is spent on some street: the segments' minutes add up to the free time
    // (the share is rounded to 4 decimals, each segment's minutes to 2)
    assertThat(minutes)
        .isCloseTo(
            freeMinutesPerDay, org.assertj.core.api.Assertions.within(freeMinutesPerDay * 0.002));
    assertThat(ranks).as("the hot spots are ranked from 1").contains(1);
  }

  @Test
  void layersCoverTheirPlan() throws Exception {
    JsonNode coverage = JSON.readTree(out.resolve(CoverageGeoJson.FILE).toFile());
    long drawable =
        run.plan().roads().stream()
            .filter(
                r ->
                    r.points().stream()
                            .map(p -> GeoJson.round6(p.lat()) + "," + GeoJson.round6(p.lon()))
                            .distinct()
                            .count()
                        > 1)
            .count();
    assertThat(drawable).isGreaterThan(run.plan().roads().size() * 99L / 100);
    assertThat(coverage.get("features").size())
        .as("every road segment longer than 0.1 m")
        .isEqualTo((int) drawable);
    assertThat(coverage.get("patrolsim").get("samples").asInt()).isPositive();
    double covered = 0;
    double metres = 0;
    for (JsonNode f : coverage.get("features")) {
      double share = f.get("properties").get("coveredShare").asDouble();
      assertThat(share).isBetween(0.0, 1.0);
      covered += share * f.get("properties").get("metres").asDouble();
      metres += f.get("properties").get("metres").asDouble();
    }
    // the road-length-weighted mean of the segments is the coverage KPI (rounding aside)
    @SuppressWarnings("unchecked")
    double kpi =
        ((Number)
                ((java.util.Map<String, Object>) run.report().summary().get("coverage"))
                    .get("meanShareWithinTarget"))
            .doubleValue();
    assertThat(covered / metres).isCloseTo(kpi, org.assertj.core.api.Assertions.within(0.002));
    assertThat(JSON.readTree(out.resolve(BeatsGeoJson.FILE).toFile()).get("features").size())
        .isEqualTo(6);
    JsonNode jurisdictions = JSON.readTree(out.resolve(JurisdictionsGeoJson.FILE).toFile());
    assertThat(jurisdictions.get("features").size()).isEqualTo(2);
    List<Geometry> areas = new java.util.ArrayList<>();
    for (JsonNode f : jurisdictions.get("features")) {
      assertThat(f.get("properties").get("basis").asText()).isEqualTo("road time");
      areas.add(geometry(f.get("geometry"), "jurisdictions"));
    }
    // by road time, every road segment's midpoint lies in a station's jurisdiction
    for (JsonNode seg : JSON.readTree(out.resolve(CoverageGeoJson.FILE).toFile()).get("features")) {
      JsonNode c = seg.get("geometry").get("coordinates");
      JsonNode mid = c.get(c.size() / 2);
      org.locationtech.jts.geom.Point p =
          new org.locationtech.jts.geom.GeometryFactory()
              .createPoint(
                  new org.locationtech.jts.geom.Coordinate(
                      mid.get(0).asDouble(), mid.get(1).asDouble()));
      assertThat(areas).as("segment %s", seg.get("id")).anyMatch(a -> a.covers(p));
    }
    JsonNode stations = JSON.readTree(out.resolve(StationsGeoJson.FILE).toFile());
    assertThat(stations.get("features").get(0).get("properties").get("callOutsPerDay").isArray())
        .isTrue();
  }

  /** A GeoJSON geometry as JTS, checking the right-hand rule of polygon rings on the way. */
  static Geometry geometry(JsonNode g, String file) {
    JsonNode c = g.get("coordinates");
    return switch (g.get("type").asText()) {
      case "Point" -> JTS.createPoint(coordinate(c));
      case "LineString" -> JTS.createLineString(coordinates(c));
      case "Polygon" -> polygon(c, file);
      case "MultiPolygon" -> {
        List<Polygon> parts = new ArrayList<>();
        c.forEach(p -> parts.add(polygon(p, file)));
        yield JTS.createMultiPolygon(parts.toArray(Polygon[]::new));
      }
      default -> throw new AssertionError(file + ": unexpected geometry " + g.get("type"));
    };
  }

  static Polygon polygon(JsonNode rings, String file) {
    LinearRing shell = JTS.createLinearRing(coordinates(rings.get(0)));
    assertThat(Orientation.isCCW(shell.getCoordinates()))
        .as(file + ": exterior ring counterclockwise")
        .isTrue();
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = JTS.createLinearRing(coordinates(rings.get(i)));
      assertThat(Orientation.isCCW(holes[i - 1].getCoordinates()))
          .as(file + ": holes clockwise")
          .isFalse();
    }
    return JTS.createPolygon(shell, holes);
  }

  static Coordinate[] coordinates(JsonNode list) {
    Coordinate[] cs = new Coordinate[list.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = coordinate(list.get(i));
    }
    return cs;
  }

  static Coordinate coordinate(JsonNode position) {
    assertThat(position.size()).isEqualTo(2);
    return new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
  }
}
