// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.incident.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.incident.IncidentMix;
import org.patrolsim.dispatch.incident.IncidentType;
import org.patrolsim.dispatch.incident.Priority;

/**
 * Replay files in the shapes real exports have, each written byte for byte by the test: US 12-hour
 * dates, ISO times with {@code Z} and offsets, date and time in two columns, a byte-order mark,
 * CRLF, quoted commas, no priority column, projected x/y, categories that need a table and a
 * default.
 */
class ReplayReaderTest {
  static final IncidentMix MIX =
      new IncidentMix(
          List.of(
              new IncidentType("violent", Priority.URGENT, 0.1, 600_000, 0.3, 2),
              new IncidentType("traffic", Priority.NORMAL, 0.4, 600_000, 0.9, 1),
              new IncidentType("dispute", Priority.NORMAL, 0.3, 600_000, 0.8, 1),
              new IncidentType("assistance", Priority.LOW, 0.2, 600_000, 0.9, 1)));
  static final List<String> TYPES = List.of("violent", "traffic", "dispute", "assistance");
  static final ZoneId MONACO = ZoneId.of("Europe/Monaco");

  @TempDir Path dir;

  Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    return p;
  }

  static ReplaySource mapping(
      Path file,
      ReplaySource.Columns columns,
      String timeFormat,
      String dateFormat,
      String timeZone,
      String crs,
      Map<String, String> types,
      String defaultType,
      Map<String, String> priorities) {
    return new ReplaySource(
        file.toString(),
        columns,
        timeFormat,
        dateFormat,
        timeZone,
        crs,
        null,
        null,
        types,
        defaultType,
        priorities,
        null,
        null);
  }

  static ReplayReader.Rows read(ReplaySource source, ZoneId zone) {
    return ReplayReader.read(ReplayFormat.of(source, zone, TYPES), MIX);
  }

  static Map<String, String> map(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void theShortFormReadsTodaysColumnsInFileOrderWithTheTypesOwnPriority() throws Exception {
    Path csv =
        file(
            "three-calls.csv",
            """
            time,lat,lon,type,priority
            2024-05-01T08:15:30,10.001,20.002,dispute,
            2024-05-01 07:00:00,10.003,20.001,violent,urgent
            2024-05-02T00:00:10,10.002,20.000,traffic,low
            """);
    ReplayReader.Rows rows = read(ReplaySource.ofFile(csv.toString()), ZoneId.of("UTC"));
    assertThat(rows.bad().count()).isZero();
    assertThat(rows.rows()).extracting(ReplayRow::line).containsExactly(2, 3, 4);
    assertThat(rows.rows())
        .extracting(ReplayRow::time)
        .containsExactly(
            LocalDateTime.of(2024, 5, 1, 8, 15, 30),
            LocalDateTime.of(2024, 5, 1, 7, 0),
            LocalDateTime.of(2024, 5, 2, 0, 0, 10));
    assertThat(rows.rows())
        .extracting(r -> r.type().name())
        .containsExactly("dispute", "violent", "traffic");
    assertThat(rows.rows())
        .extracting(ReplayRow::priority)
        .containsExactly(Priority.NORMAL, Priority.URGENT, Priority.LOW);
    assertThat(rows.rows().get(1).point().lat()).isEqualTo(10.003);
  }

  @Test
  void aSocrataStyleExportWithBomCrlfQuotedCommasUsDatesAndCodes() throws Exception {
    // as a city's open-data portal exports calls for service, saved again by Excel (BOM, CRLF)
    Path csv =
        file(
            "calls-for-service.csv",
            "\uFEFF\"Item\",\"TypeText\",\"Priority\",\"TimeCreate\",\"Latitude\","
                + "\"Longitude\",\"BLOCK_ADDRESS\"\r\n"
                + "\"A0001-24\",\"DISTURBANCE (OTHER)\",\"2A\",\"05/01/2024 12:05:09 AM\",\"43.7397\",\"7.4270\","
                + "\"001XX Boulevard des Moulins, Monte-Carlo\"\r\n"
                + "\"A0002-24\",\"TRAFFIC INCIDENT\",\"1C\",\"05/01/2024 12:45:00 PM\",\"43.7311\",\"7.4197\",\"Quai, \"\"Port\"\"\"\r\n"
                + "\"A0003-24\",\"LOST PROPERTY\",\"3\",\"05/01/2024 08:15:30 pm\",\"43.7440\",\"7.4280\",\"\"\r\n");
    ReplaySource source =
        mapping(
            csv,
            new ReplaySource.Columns(
                "TimeCreate", null, "Latitude", "Longitude", null, null, "TypeText", "Priority"),
            "MM/dd/yyyy hh:mm:ss a",
            null,
            null,
            null,
            map("DISTURBANCE (OTHER)", "dispute", "TRAFFIC INCIDENT", "traffic"),
            "assistance",
            map("1C", "urgent", "2A", "normal", "3", "low"));
    ReplayReader.Rows rows = read(source, MONACO);
    assertThat(rows.bad().listed()).isEmpty();
    assertThat(rows.rows()).extracting(ReplayRow::line).containsExactly(2, 3, 4);
    assertThat(rows.rows())
        .extracting(ReplayRow::time)
        .containsExactly(
            LocalDateTime.of(2024, 5, 1, 0, 5, 9),
            LocalDateTime.of(2024, 5, 1, 12, 45),
            LocalDateTime.of(2024, 5, 1, 20, 15, 30));
    // an unknown category (LOST PROPERTY) goes to the default type
    assertThat(rows.rows())
        .extracting(r -> r.type().name())
        .containsExactly("dispute", "traffic", "assistance");
    assertThat(rows.rows())
        .extracting(ReplayRow::priority)
        .containsExactly(Priority.NORMAL, Priority.URGENT, Priority.LOW);
    assertThat(rows.rows().get(0).point().lon()).isEqualTo(7.4270);
  }

  @Test
  void isoTimesWithZOrAnOffsetAreConvertedToTheScenarioTimeZone() throws Exception {
    Path csv =
        file(
            "iso.csv",
            "time,lat,lon,type\n"
                + "2024-07-01T06:15:00Z,43.7,7.4,traffic\n" // summer: Monaco is UTC+2
                + "2024-07-01T10:15:00+02:00,43.7,7.4,traffic\n"
                + "2024-07-01T03:15:00.000-0500,43.7,7.4,traffic\n"
                + "2024-01-15T06:15:00z,43.7,7.4,traffic\n" // winter: UTC+1
                + "2024-07-01 08:00,43.7,7.4,traffic\n"); // no offset: the file's zone
    ReplayReader.Rows inMonaco = read(ReplaySource.ofFile(csv.toString()), MONACO);
    assertThat(inMonaco.rows())
        .extracting(ReplayRow::time)
        .containsExactly(
            LocalDateTime.of(2024, 7, 1, 8, 15),
            LocalDateTime.of(2024, 7, 1, 10, 15),
            LocalDateTime.of(2024, 7, 1, 10, 15),
            LocalDateTime.of(2024, 1, 15, 7, 15),
            LocalDateTime.of(2024, 7, 1, 8, 0));
    // a file whose times without offset are in UTC, replayed in Monaco's local time
    ReplaySource utcFile = mapping(csv, null, null, null, "UTC", null, null, null, null);
    assertThat(read(utcFile, MONACO).rows().get(4).time())
        .isEqualTo(LocalDateTime.of(2024, 7, 1, 10, 0));
  }

  @Test
  void aCrimeReportExportWithDateAndTimeInTwoColumnsAndNoPriority() throws Exception {
    // as a police force exports crime reports: the date column carries a midnight time, the time
    // column military time
    Path csv =
        file(
            "crime-reports.csv",
            "DR_NO,Date Rptd,DATE OCC,TIME OCC,AREA NAME,Crm Cd Desc,LOCATION,LAT,LON\n"
                + "240104055,05/02/2024 12:00:00 AM,05/01/2024 12:00:00 AM,2130,Central,BATTERY - SIMPLE ASSAULT,"
                + "\"800 N  ALAMEDA ST\",43.7397,7.4270\n"
                + "240104056,05/02/2024 12:00:00 AM,05/02/2024 12:00:00 AM,930,Central,VEHICLE - STOLEN,\"1ST ST\",43.7311,7.4197\n"
                + "240104057,05/03/2024 12:00:00 AM,05/02/2024 12:00:00 AM,0005,Central,THEFT OF IDENTITY,\"2ND ST\",43.7440,7.4280\n");
    ReplaySource source =
        mapping(
            csv,
            new ReplaySource.Columns(
                "TIME OCC", "DATE OCC", "LAT", "LON", null, null, "Crm Cd Desc", null),
            "Hmm",
            "MM/dd/yyyy hh:mm:ss a",
            null,
            null,
            map("BATTERY - SIMPLE ASSAULT", "violent", "VEHICLE - STOLEN", "assistance"),
            "assistance",
            null);
    ReplayReader.Rows rows = read(source, ZoneId.of("America/Los_Angeles"));
    assertThat(rows.bad().listed()).isEmpty();
    assertThat(rows.rows())
        .extracting(ReplayRow::time)
        .containsExactly(
            LocalDateTime.of(2024, 5, 1, 21, 30),
            LocalDateTime.of(2024, 5, 2, 9, 30),
            LocalDateTime.of(2024, 5, 2, 0, 5));
    assertThat(rows.rows())
        .extracting(r -> r.type().name())
        .containsExactly("violent", "assistance", "assistance");
    // no priority column: each type's own
    assertThat(rows.rows())
        .extracting(ReplayRow::priority)
        .containsExactly(Priority.URGENT, Priority.LOW, Priority.LOW);
  }

  @Test
  void isoDateAndTimeColumnsAsSocrataWritesFloatingTimestamps() throws Exception {
    Path csv =
        file(
            "two-iso.csv",
            """
            call_date,call_time,lat,lon,type
            2024-05-01T00:00:00.000,08:15,43.7,7.4,traffic
            2024-05-01,23:59:59,43.7,7.4,traffic
            """);
    ReplaySource source =
        mapping(
            csv,
            new ReplaySource.Columns("call_time", "call_date", null, null, null, null, null, null),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(read(source, MONACO).rows())
        .extracting(ReplayRow::time)
        .containsExactly(
            LocalDateTime.of(2024, 5, 1, 8, 15), LocalDateTime.of(2024, 5, 1, 23, 59, 59));
  }

  @Test
  void projectedXyIsReprojectedToKnownPoints() throws Exception {
    // EPSG Guidance Note 7-2's worked example of Popular Visualisation Pseudo-Mercator (EPSG:3857):
    // E = -11,169,055.58 m, N = 2,800,000.00 m is 24°22'54.433"N, 100°20'00.000"W
    Path mercator =
        file("mercator.csv", "time,X,Y,type\n2024-05-01T08:00,-11169055.58,2800000.00,traffic\n");
    ReplaySource m =
        mapping(
            mercator,
            new ReplaySource.Columns(null, null, null, null, "X", "Y", null, null),
            null,
            null,
            null,
            "EPSG:3857",
            null,
            null,
            null);
    var p = read(m, MONACO).rows().get(0).point();
    assertThat(p.lat()).isCloseTo(24 + 22 / 60.0 + 54.433 / 3600, within(1e-7));
    assertThat(p.lon()).isCloseTo(-(100 + 20 / 60.0), within(1e-7));
    // Lambert-93 (EPSG:2154), France's grid: its natural origin 46°30'N 3°E is defined as X 700,000
    // m, Y 6,600,000 m
    Path lambert = file("lambert.csv", "time,x,y,type\n2024-05-01T08:00,700000,6600000,traffic\n");
    var l =
        read(
                mapping(
                    lambert,
                    new ReplaySource.Columns(null, null, null, null, "x", "y", null, null),
                    null,
                    null,
                    null,
                    "2154",
                    null,
                    null,
                    null),
                MONACO)
            .rows()
            .get(0)
            .point();
    assertThat(l.lat()).isCloseTo(46.5, within(1e-8));
    assertThat(l.lon()).isCloseTo(3.0, within(1e-8));
    // a US state plane grid in US survey feet (EPSG:2249, Massachusetts Mainland): its false origin
    // 41°N 71°30'W
    // is 200,000 m east (656,166.667 ftUS) and 750,000 m north (2,460,625 ftUS)
    Path feet = file("feet.csv", "time,x,y,type\n2024-05-01T08:00,656166.667,2460625,traffic\n");
    var f =
        read(
                mapping(
                    feet,
                    new ReplaySource.Columns(null, null, null, null, "x", "y", null, null),
                    null,
                    null,
                    null,
                    "epsg:2249",
                    null,
                    null,
                    null),
                MONACO)
            .rows()
            .get(0)
            .point();
    assertThat(f.lat()).isCloseTo(41.0, within(1e-7));
    assertThat(f.lon()).isCloseTo(-71.5, within(1e-7));
  }

  @Test
  void everyBadRowIsKeptWithItsLineAndWhy() throws Exception {
    Path csv =
        file(
            "bad.csv",
            "time,lat,lon,type,priority\n"
                + "2024-05-01T08:00,43.7,7.4,traffic,\n"
                + "2024-05-01T25:99,43.7,7.4,traffic,\n" // line 3: no such time
                + "2024-05-01T09:00,\"43.7\",,traffic,\n" // line 4: no longitude
                + "\"2024-05-01T10:00\",43.7,7.4,\"burglary,\nresidential\",\n" // lines 5-6: a
                // quoted line
                // break; unknown
                // type
                + "2024-05-01T11:00,43.7,7.4,traffic,asap\n" // line 7: unknown priority
                + "2024-05-01T12:00,95,7.4,traffic\n" // line 8: latitude out of range
                + "2024-05-01T13:00,43.7\n" // line 9: too few fields
                + "2024-05-01T14:00,0,0.0,traffic,\n"); // line 10: no location
    ReplayReader.Rows rows = read(ReplaySource.ofFile(csv.toString()), MONACO);
    assertThat(rows.records()).isEqualTo(8);
    assertThat(rows.rows()).extracting(ReplayRow::line).containsExactly(2);
    assertThat(rows.bad().lines()).containsExactly(3, 4, 5, 7, 8, 9, 10);
    String listed = rows.bad().listed();
    assertThat(listed)
        .contains(
            "line 3: time expected an ISO date-time like 2024-05-01T08:15:30 (an offset or Z may "
                + "follow), got '2024-05-01T25:99'");
    assertThat(listed).contains("line 4: lon is empty, expected a number");
    assertThat(listed)
        .contains("line 5: type 'burglary,\\nresidential' is not in incidents.replay.types")
        .doesNotContain("\n");
    assertThat(listed).contains("line 7: priority expected urgent, normal, low, empty, got 'asap'");
    assertThat(listed).contains("line 8: lat expected a number from -90 to 90, got '95'");
    assertThat(listed).contains("line 9: has 2 fields, expected 'lon' in field 3");
    assertThat(listed)
        .contains("line 10: lat/lon are 0,0, which exports write for a missing location");
  }

  @Test
  void eachMappingFieldThatCannotWorkNamesItself() throws Exception {
    Path csv =
        file(
            "calls.csv",
            "Received,Latitude,Longitude,Category\n2024-05-01T08:00,43.7,7.4,traffic\n");
    assertThatThrownBy(() -> read(ReplaySource.ofFile(csv.toString()), MONACO))
        .isInstanceOfSatisfying(
            ReplaySetupError.class, e -> assertThat(e.field()).isEqualTo("columns.time"))
        .hasMessage(
            "calls.csv has no column 'time'; expected columns.time to name one of its header's columns "
                + "[Received, Latitude, Longitude, Category]");
    ReplaySource.Columns named =
        new ReplaySource.Columns(
            "Received", null, "Latitude", "Longitude", null, null, "Categry", null);
    assertThatThrownBy(
            () -> read(mapping(csv, named, null, null, null, null, null, null, null), MONACO))
        .isInstanceOfSatisfying(
            ReplaySetupError.class, e -> assertThat(e.field()).isEqualTo("columns.type"));
    assertSetup(
        mapping(csv, null, "MM/dd/yyyy hh:mm:ss aa", null, null, null, null, null, null),
        "timeFormat",
        "expected 'iso' or a date-time pattern like 'MM/dd/yyyy hh:mm:ss a', got 'MM/dd/yyyy hh:mm:ss aa'");
    assertSetup(
        mapping(csv, null, "HH:mm", null, null, null, null, null, null),
        "timeFormat",
        "expected a pattern that reads a date and a time of day, got 'HH:mm'");
    assertSetup(
        mapping(
            csv,
            new ReplaySource.Columns(null, null, null, null, "x", "y", null, null),
            null,
            null,
            null,
            "EPSG:99999",
            null,
            null,
            null),
        "crs",
        "unknown EPSG code 'EPSG:99999'");
    assertSetup(
        mapping(
            csv,
            new ReplaySource.Columns(null, null, null, null, "x", "y", null, null),
            null,
            null,
            null,
            "WGS84",
            null,
            null,
            null),
        "crs",
        "expected an EPSG code such as EPSG:2154");
    assertSetup(
        mapping(csv, null, null, null, null, null, map("BURGLARY", "burglary"), null, null),
        "types.BURGLARY",
        "expected one of the scenario's incident types [violent, traffic, dispute, assistance], got 'burglary'");
    assertSetup(
        mapping(csv, null, null, null, null, null, null, "other", null),
        "defaultType",
        "expected one of the scenario's incident types");
    assertSetup(
        mapping(csv, null, null, null, "Mars/Olympus", null, null, null, null),
        "timeZone",
        "expected a time zone such as America/Chicago, Europe/Paris or UTC, got 'Mars/Olympus'");
    assertSetup(
        mapping(csv, null, null, null, null, null, null, null, map("P1", "high")),
        "priorities.P1",
        "expected urgent, normal or low, got 'high'");
    assertSetup(
        new ReplaySource(
            csv.toString(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "ignore",
            null),
        "onBadRow",
        "expected 'error' or 'skip', got 'ignore'");
    assertSetup(
        new ReplaySource(
            csv.toString(), null, null, null, null, null, "::", null, null, null, null, null, null),
        "delimiter",
        "expected one character");
  }

  static void assertSetup(ReplaySource source, String field, String message) {
    assertThatThrownBy(() -> read(source, MONACO))
        .isInstanceOfSatisfying(ReplaySetupError.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageContaining(message);
  }

  @Test
  void aSemicolonFileInWindows1252ReadsWithItsDelimiterAndEncoding() throws Exception {
    Path csv = dir.resolve("appels.csv");
    Files.write(
        csv,
        "date;lat;lon;nature\r\n2024-05-01T08:00;43.7;7.4;Vol à la tire\r\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    ReplaySource source =
        new ReplaySource(
            csv.toString(),
            new ReplaySource.Columns("date", null, null, null, null, null, "nature", null),
            null,
            null,
            null,
            null,
            ";",
            "windows-1252",
            map("Vol à la tire", "assistance"),
            null,
            null,
            null,
            null);
    ReplayReader.Rows rows = read(source, MONACO);
    assertThat(rows.bad().listed()).isEmpty();
    assertThat(rows.rows().get(0).type().name()).isEqualTo("assistance");
  }
}
