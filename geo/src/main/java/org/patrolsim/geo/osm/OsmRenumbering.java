// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.osm;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.patrolsim.geo.MapInputException;

/**
 * Makes an OpenStreetMap XML file as an editor saves it importable: objects the editor created and
 * never uploaded carry negative ids (JOSM writes {@code id='-102493'}), which GraphHopper refuses,
 * and objects deleted in the editor stay in the file marked {@code action='delete'}.
 *
 * <p>A first pass reads the file (plain {@code .osm}/{@code .xml} or gzipped) and finds the largest
 * positive id of each kind (node, way, relation). Only when it holds a negative id or a deleted
 * object does a second pass write a copy in which each negative id {@code -n} of a kind becomes
 * {@code max + n} (so it cannot collide with an existing id, and the same file always gets the same
 * numbers) in every place it is used ({@code id}, {@code nd ref}, {@code member ref}), and deleted
 * objects are left out. A {@code .pbf} file gets the same numbers from {@link PbfRenumbering}; only
 * a {@code .osm.bz2} cannot be rewritten here, and {@link #negativeIdsProblem} says what to do with
 * it.
 */
public final class OsmRenumbering {
  private static final String[] KINDS = {"node", "way", "relation"};

  private final long[] maxId = new long[KINDS.length];
  private boolean negative;
  private boolean deleted;

  private OsmRenumbering() {}

  /**
   * A renumbered copy of {@code osmFile} written into {@code dir}, or empty when the file needs
   * none (no negative id, no deleted object, a PBF's nodes, ways and relations in that order) or is
   * in a format not rewritten here ({@code .osm.bz2}).
   *
   * @throws MapInputException naming the file when it is not well-formed XML or PBF
   */
  public static Optional<Path> renumberedCopy(Path osmFile, Path dir) {
    if (isPbf(osmFile)) {
      return PbfRenumbering.renumberedCopy(osmFile, dir);
    }
    if (!isXml(osmFile)) {
      return Optional.empty();
    }
    OsmRenumbering scan = new OsmRenumbering();
    scan.scan(osmFile);
    if (!scan.negative && !scan.deleted) {
      return Optional.empty();
    }
    try {
      Path copy = Files.createTempFile(dir, "renumbered-", ".osm");
      scan.write(osmFile, copy);
      return Optional.of(copy);
    } catch (IOException e) {
      throw new MapInputException(
          osmFile, "cannot write a renumbered copy into " + dir + " (" + e.getMessage() + ")", e);
    }
  }

  /**
   * What to say (after the file name) when GraphHopper refused a file for a negative id that could
   * not be renumbered here (a compression this class does not read, such as {@code .osm.bz2}).
   */
  public static String negativeIdsProblem(Path osmFile) {
    return "holds negative OSM ids (objects created in an editor such as JOSM and never uploaded), "
        + "which patrolsim renumbers in .osm, .osm.gz and .osm.pbf files but not in this one: "
        + "save it from the editor in one of those formats";
  }

  static boolean isPbf(Path osmFile) {
    return osmFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pbf");
  }

  static boolean isXml(Path osmFile) {
    String name = osmFile.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".osm")
        || name.endsWith(".xml")
        || name.endsWith(".osm.gz")
        || name.endsWith(".xml.gz");
  }

  private static InputStream open(Path osmFile) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(osmFile), 1 << 16);
    return osmFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
        ? new GZIPInputStream(in, 1 << 16)
        : in;
  }

  private static XMLStreamReader reader(InputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory.createXMLStreamReader(in, "UTF-8");
  }

  private static int kind(String name) {
    for (int k = 0; k < KINDS.length; k++) {
      if (KINDS[k].equals(name)) {
        return k;
      }
    }
    return -1;
  }

  private void scan(Path osmFile) {
    try (InputStream in = open(osmFile)) {
      XMLStreamReader xml = reader(in);
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = xml.getLocalName();
        int kind = kind(name);
        if (kind >= 0) {
          long id = id(xml, "id", osmFile);
          if (id < 0) {
            negative = true;
          } else {
            maxId[kind] = Math.max(maxId[kind], id);
          }
          deleted |= "delete".equals(xml.getAttributeValue(null, "action"));
        } else if (("nd".equals(name) || "member".equals(name)) && id(xml, "ref", osmFile) < 0) {
          negative = true;
        }
      }
      xml.close();
    } catch (IOException | XMLStreamException e) {
      throw new MapInputException(
          osmFile, "cannot be read as an OpenStreetMap file (" + firstLine(e) + ")", e);
    }
  }

  private void write(Path osmFile, Path copy) throws IOException {
    try (InputStream in = open(osmFile);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(copy), 1 << 16)) {
      XMLStreamReader xml = reader(in);
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      int skipDepth = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (skipDepth > 0) {
          skipDepth +=
              event == XMLStreamConstants.START_ELEMENT
                  ? 1
                  : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
          continue;
        }
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            if (kind(xml.getLocalName()) >= 0
                && "delete".equals(xml.getAttributeValue(null, "action"))) {
              skipDepth = 1;
            } else {
              copyElement(xml, w, osmFile);
            }
          }
          case XMLStreamConstants.END_ELEMENT -> w.writeEndElement();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE ->
              w.writeCharacters(xml.getText());
          default -> {}
        }
      }
      w.writeEndDocument();
      w.close();
      xml.close();
    } catch (XMLStreamException e) {
      throw new MapInputException(
          osmFile, "cannot be read as an OpenStreetMap file (" + firstLine(e) + ")", e);
    }
  }

  private void copyElement(XMLStreamReader xml, XMLStreamWriter w, Path osmFile)
      throws XMLStreamException {
    String name = xml.getLocalName();
    w.writeStartElement(name);
    int ownKind = kind(name);
    int refKind =
        "nd".equals(name)
            ? 0
            : "member".equals(name) ? kind(xml.getAttributeValue(null, "type")) : -1;
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String attr = xml.getAttributeLocalName(i);
      String value = xml.getAttributeValue(i);
      if (ownKind >= 0 && "id".equals(attr)) {
        value = Long.toString(renumbered(ownKind, id(xml, "id", osmFile)));
      } else if (refKind >= 0 && "ref".equals(attr)) {
        value = Long.toString(renumbered(refKind, id(xml, "ref", osmFile)));
      }
      w.writeAttribute(attr, value);
    }
  }

  private long renumbered(int kind, long id) {
    return id < 0 ? Math.addExact(maxId[kind], -id) : id;
  }

  private static long id(XMLStreamReader xml, String attribute, Path osmFile) {
    String text = xml.getAttributeValue(null, attribute);
    try {
      return text == null ? 0 : Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new MapInputException(
          osmFile,
          "line "
              + xml.getLocation().getLineNumber()
              + ": <"
              + xml.getLocalName()
              + "> has "
              + attribute
              + "='"
              + text
              + "', expected a whole number");
    }
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> b).orElse(m);
    return m.length() > 160 ? m.substring(0, 160) + "..." : m;
  }
}
