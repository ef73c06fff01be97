// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.Bounds;
import org.patrolsim.geo.network.NetworkPosition;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * Writes the two open-data exports of docs/REAL-DATA.md (docs/examples/real-data/), made up by the
 * project in the shapes real exports have, with places on Monaco's streets and a few rows a real
 * export has too (a missing location written as 0,0):
 *
 * <ul>
 *   <li>{@code calls-for-service.csv}: a city's calls for service as an open-data portal (Socrata)
 *       exports them and Excel saves them again (byte-order mark, CRLF): US 12-hour times, call
 *       type codes and texts, priority codes, x/y in Lambert-93 (EPSG:2154), addresses with commas;
 *   <li>{@code crime-reports.csv}: a police force's crime reports: the date of occurrence (with a
 *       midnight time) and the time in military form in two columns, crime descriptions, no
 *       priority, WGS 84 latitude and longitude with 4 decimals.
 * </ul>
 *
 * Deterministic: the same network and seed give the same bytes; RealDataExamplesTest checks that
 * the committed files are this generator's output.
 */
final class ExampleExports {
  static final String CALLS = "calls-for-service.csv";
  static final String CRIMES = "crime-reports.csv";

  private static final DateTimeFormatter US =
      DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);

  /** Share of a day's calls in each hour (quiet before dawn, busy in the evening). */
  private static final double[] HOURS = {
    2, 1.5, 1, 1, 1, 1.5, 3, 4, 5, 5, 5, 5, 6, 5, 5, 5, 6, 7, 7, 7, 6, 5, 4, 3
  };

  private ExampleExports() {}

  /** (code, text, priority code) of the calls-for-service types. */
  private static final String[][] CALL_TYPES = {
    {"103D", "DISTURBANCE, DOMESTIC", "2A"},
    {"103", "DISTURBANCE (OTHER)", "2C"},
    {"20", "AUTO ACCIDENT", "1G"},
    {"21", "HIT & RUN", "1G"},
    {"35", "SIMPLE BATTERY", "2A"},
    {"34S", "AGGRAVATED BATTERY BY SHOOTING", "3C"},
    {"67", "THEFT", "1A"},
    {"21A", "COMPLAINT OTHER", "1A"},
    {"107", "SUSPICIOUS PERSON", "2C"},
    {"18", "TRAFFIC INCIDENT", "1G"}
  };

  private static final String[] CRIME_TYPES = {
    "BATTERY - SIMPLE ASSAULT",
    "ASSAULT WITH DEADLY WEAPON, AGGRAVATED ASSAULT",
    "INTIMATE PARTNER - SIMPLE ASSAULT",
    "VEHICLE - STOLEN",
    "THEFT PLAIN - PETTY ($950 & UNDER)",
    "BURGLARY FROM VEHICLE",
    "VANDALISM - MISDEAMEANOR ($399 OR UNDER)",
    "TRESPASSING"
  };
  private static final String[] STREETS = {
    "Boulevard des Moulins",
    "Avenue de la Costa",
    "Boulevard Albert 1er",
    "Rue Grimaldi",
    "Avenue Princesse Grace",
    "Boulevard du Jardin Exotique",
    "Rue de Millo",
    "Quai Antoine 1er"
  };

  /**
   * The calls-for-service export: 14 days from 2024-05-01, about 20 calls a day, 2 without a
   * location.
   */
  static String callsForService(RoadNetwork monaco) {
    List<LatLon> places = places(monaco, 400, 11);
    SplittableRandom random = new SplittableRandom(2024_05_01);
    var toLambert93 =
        new CoordinateTransformFactory()
            .createTransform(
                new CRSFactory().createFromName("EPSG:4326"),
                new CRSFactory().createFromName("EPSG:2154"));
    StringBuilder sb =
        new StringBuilder(
            "\uFEFFItem,Type,TypeText,Priority,InitialPriority,MapX,MapY,TimeCreate,"
                + "TimeClosed,Disposition,DispositionText,BLOCK_ADDRESS,Zip,PoliceDistrict,Location\r\n");
    List<LocalDateTime> times = times(LocalDate.of(2024, 5, 1), 14, 20, random);
    for (int i = 0; i < times.size(); i++) {
      String[] type = CALL_TYPES[random.nextInt(CALL_TYPES.length)];
      String[] disposition =
          random.nextInt(3) == 0
              ? new String[] {"RTF", "REPORT TO FOLLOW"}
              : new String[] {"GOA", "GONE ON ARRIVAL"};
      LatLon p = places.get(i % places.size());
      ProjCoordinate xy =
          toLambert93.transform(new ProjCoordinate(p.lon(), p.lat()), new ProjCoordinate());
      boolean missing = i == 57 || i == 203;
      String mapX = missing ? "0" : String.format(Locale.ROOT, "%.1f", xy.x);
      String mapY = missing ? "0" : String.format(Locale.ROOT, "%.1f", xy.y);
      String address =
          String.format(
              Locale.ROOT,
              "%03dXX %s",
              1 + random.nextInt(40),
              STREETS[random.nextInt(STREETS.length)]);
      if (random.nextInt(4) == 0) {
        address = "\"" + address + ", Monte-Carlo\"";
      }
      sb.append(
              String.join(
                  ",",
                  String.format(Locale.ROOT, "E%05d-24", i + 1),
                  type[0],
                  quote(type[1]),
                  type[2],
                  type[2],
                  mapX,
                  mapY,
                  US.format(times.get(i)),
                  US.format(times.get(i).plusMinutes(20 + random.nextInt(90))),
                  disposition[0],
                  disposition[1],
                  address,
                  "98000",
                  Integer.toString(1 + random.nextInt(2)),
                  missing
                      ? ""
                      : String.format(Locale.ROOT, "\"POINT (%.6f %.6f)\"", p.lon(), p.lat())))
          .append("\r\n");
    }
    return sb.toString();
  }

  /** The crime-report export: 30 days from 2024-04-01, about 8 reports a day, 3 at 0,0. */
  static String crimeReports(RoadNetwork monaco) {
    List<LatLon> places = places(monaco, 300, 12);
    SplittableRandom random = new SplittableRandom(2024_04_01);
    StringBuilder sb =
        new StringBuilder(
            "DR_NO,Date Rptd,DATE OCC,TIME OCC,AREA,AREA NAME,Rpt Dist No,Crm Cd,"
                + "Crm Cd Desc,Premis Desc,Status Desc,LOCATION,Cross Street,LAT,LON\n");
    List<LocalDateTime> times = times(LocalDate.of(2024, 4, 1), 30, 8, random);
    for (int i = 0; i < times.size(); i++) {
      LocalDateTime t = times.get(i);
      LatLon p = places.get(i % places.size());
      boolean missing = i == 31 || i == 144 || i == 200;
      int crime = random.nextInt(CRIME_TYPES.length);
      sb.append(
              String.join(
                  ",",
                  Long.toString(240_400_001L + i),
                  US.format(t.toLocalDate().plusDays(random.nextInt(3)).atStartOfDay()),
                  US.format(t.toLocalDate().atStartOfDay()),
                  String.format(Locale.ROOT, "%02d%02d", t.getHour(), t.getMinute()),
                  random.nextBoolean() ? "01" : "02",
                  random.nextBoolean() ? "Monte-Carlo" : "Fontvieille",
                  Integer.toString(100 + random.nextInt(60)),
                  Integer.toString(200 + crime * 37),
                  quote(CRIME_TYPES[crime]),
                  random.nextBoolean() ? "STREET" : "SIDEWALK",
                  random.nextInt(4) == 0 ? "Adult Arrest" : "Invest Cont",
                  String.format(
                      Locale.ROOT,
                      "%d  %s",
                      1 + random.nextInt(40),
                      STREETS[random.nextInt(STREETS.length)].toUpperCase(Locale.ROOT)),
                  "",
                  missing ? "0" : String.format(Locale.ROOT, "%.4f", p.lat()),
                  missing ? "0" : String.format(Locale.ROOT, "%.4f", p.lon())))
          .append('\n');
    }
    return sb.toString();
  }

  private static String quote(String text) {
    return text.contains(",") ? "\"" + text + "\"" : text;
  }

  /**
   * Call times over {@code days} days, about {@code perDay} a day, by the hourly profile, in order.
   */
  private static List<LocalDateTime> times(
      LocalDate first, int days, int perDay, SplittableRandom random) {
    double total = 0;
    for (double h : HOURS) {
      total += h;
    }
    List<LocalDateTime> times = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      int n = perDay - 3 + random.nextInt(7);
      List<LocalDateTime> day = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        double pick = random.nextDouble() * total;
        int hour = 0;
        while (pick >= HOURS[hour] && hour < 23) {
          pick -= HOURS[hour++];
        }
        day.add(first.plusDays(d).atTime(hour, random.nextInt(60), random.nextInt(60)));
      }
      day.sort(null);
      times.addAll(day);
    }
    return times;
  }

  /**
   * Places on Monaco's streets, spread by road length, each moved up to 15 m off the road (an
   * address).
   */
  private static List<LatLon> places(RoadNetwork monaco, int count, long seed) {
    Bounds b = monaco.bounds();
    GeometryFactory gf = new GeometryFactory();
    var box =
        gf.createPolygon(
            new Coordinate[] {
              new Coordinate(b.minLon(), b.minLat()),
              new Coordinate(b.maxLon(), b.minLat()),
              new Coordinate(b.maxLon(), b.maxLat()),
              new Coordinate(b.minLon(), b.maxLat()),
              new Coordinate(b.minLon(), b.minLat())
            });
    SplittableRandom random = new SplittableRandom(seed);
    List<LatLon> out = new ArrayList<>();
    for (NetworkPosition p : monaco.roadPointsIn(box, count, seed)) {
      double metres = random.nextDouble() * 15;
      double angle = random.nextDouble() * 2 * Math.PI;
      out.add(
          new LatLon(
              p.point().lat() + metres * Math.sin(angle) / 111_320,
              p.point().lon()
                  + metres
                      * Math.cos(angle)
                      / (111_320 * Math.cos(Math.toRadians(p.point().lat())))));
    }
    return out;
  }
}
