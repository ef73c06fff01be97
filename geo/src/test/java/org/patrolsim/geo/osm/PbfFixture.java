// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.osm;

import com.google.protobuf.ByteString;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openstreetmap.osmosis.osmbinary.Osmformat;

/**
 * Writes a small OSM XML file (such as {@link org.patrolsim.geo.GridFixture}'s) as an OSM PBF file
 * with the ids it has, negative ones included, as an editor's PBF export would: the objects the
 * editor deleted are left out, {@code blockSize} objects go in a block (so delta-coded ids run
 * across blocks), node blocks alternate between dense and plain nodes, and {@link #waysFirst()}
 * puts the way blocks before the node blocks.
 */
final class PbfFixture {
  private static final int NODE = 0;
  private static final int WAY = 1;
  private static final int RELATION = 2;

  private record Member(int kind, long ref, String role) {}

  private record Element(
      int kind,
      long id,
      double lat,
      double lon,
      Map<String, String> tags,
      List<Long> refs,
      List<Member> members) {}

  private final int blockSize;
  private boolean waysFirst;

  PbfFixture(int blockSize) {
    this.blockSize = blockSize;
  }

  PbfFixture waysFirst() {
    waysFirst = true;
    return this;
  }

  Path write(Path osmXml, Path pbf) {
    List<List<Element>> byKind = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Element e : read(osmXml)) {
      byKind.get(e.kind()).add(e);
    }
    int[] order = waysFirst ? new int[] {WAY, NODE, RELATION} : new int[] {NODE, WAY, RELATION};
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pbf))) {
      Osmformat.HeaderBlock header =
          Osmformat.HeaderBlock.newBuilder()
              .addRequiredFeatures("OsmSchema-V0.6")
              .addRequiredFeatures("DenseNodes")
              .setWritingprogram("patrolsim PbfFixture")
              .build();
      PbfBlocks.write(out, "OSMHeader", header.toByteArray());
      int block = 0;
      for (int kind : order) {
        List<Element> all = byKind.get(kind);
        for (int from = 0; from < all.size(); from += blockSize) {
          List<Element> part = all.subList(from, Math.min(all.size(), from + blockSize));
          PbfBlocks.write(out, "OSMData", block(part, block++ % 2 == 0).toByteArray());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pbf;
  }

  private static Osmformat.PrimitiveBlock block(List<Element> part, boolean dense) {
    Map<String, Integer> strings = new LinkedHashMap<>();
    strings.put("", 0);
    Osmformat.PrimitiveGroup.Builder g = Osmformat.PrimitiveGroup.newBuilder();
    Osmformat.DenseNodes.Builder dn = Osmformat.DenseNodes.newBuilder();
    long[] last = new long[3]; // id, lat, lon of the previous dense node
    for (Element e : part) {
      switch (e.kind()) {
        case NODE -> {
          long lat = Math.round(e.lat() * 1e7);
          long lon = Math.round(e.lon() * 1e7);
          if (dense) {
            dn.addId(e.id() - last[0]).addLat(lat - last[1]).addLon(lon - last[2]);
            last = new long[] {e.id(), lat, lon};
            e.tags()
                .forEach((k, v) -> dn.addKeysVals(sid(strings, k)).addKeysVals(sid(strings, v)));
            dn.addKeysVals(0);
          } else {
            Osmformat.Node.Builder n = Osmformat.Node.newBuilder().setId(e.id());
            n.setLat(lat).setLon(lon);
            e.tags().forEach((k, v) -> n.addKeys(sid(strings, k)).addVals(sid(strings, v)));
            g.addNodes(n);
          }
        }
        case WAY -> {
          Osmformat.Way.Builder w = Osmformat.Way.newBuilder().setId(e.id());
          e.tags().forEach((k, v) -> w.addKeys(sid(strings, k)).addVals(sid(strings, v)));
          long previous = 0;
          for (long ref : e.refs()) {
            w.addRefs(ref - previous);
            previous = ref;
          }
          g.addWays(w);
        }
        default -> {
          Osmformat.Relation.Builder r = Osmformat.Relation.newBuilder().setId(e.id());
          e.tags().forEach((k, v) -> r.addKeys(sid(strings, k)).addVals(sid(strings, v)));
          long previous = 0;
          for (Member m : e.members()) {
            r.addMemids(m.ref() - previous)
                .addTypes(Osmformat.Relation.MemberType.forNumber(m.kind()))
                .addRolesSid(sid(strings, m.role()));
            previous = m.ref();
          }
          g.addRelations(r);
        }
      }
    }
    if (dn.getIdCount() > 0) {
      g.setDense(dn);
    }
    Osmformat.StringTable.Builder table = Osmformat.StringTable.newBuilder();
    strings.keySet().forEach(s -> table.addS(ByteString.copyFrom(s, StandardCharsets.UTF_8)));
    return Osmformat.PrimitiveBlock.newBuilder().setStringtable(table).addPrimitivegroup(g).build();
  }

  private static int sid(Map<String, Integer> strings, String s) {
    return strings.computeIfAbsent(s, k -> strings.size());
  }

  private static List<Element> read(Path osmXml) {
    List<Element> elements = new ArrayList<>();
    try (InputStream in = Files.newInputStream(osmXml)) {
      XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
      Element current = null;
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = xml.getLocalName();
        int kind = List.of("node", "way", "relation").indexOf(name);
        if (kind >= 0) {
          current =
              new Element(
                  kind,
                  Long.parseLong(xml.getAttributeValue(null, "id")),
                  kind == NODE ? Double.parseDouble(xml.getAttributeValue(null, "lat")) : 0,
                  kind == NODE ? Double.parseDouble(xml.getAttributeValue(null, "lon")) : 0,
                  new LinkedHashMap<>(),
                  new ArrayList<>(),
                  new ArrayList<>());
          if (!"delete".equals(xml.getAttributeValue(null, "action"))) {
            elements.add(current);
          }
        } else if ("tag".equals(name)) {
          current.tags().put(xml.getAttributeValue(null, "k"), xml.getAttributeValue(null, "v"));
        } else if ("nd".equals(name)) {
          current.refs().add(Long.parseLong(xml.getAttributeValue(null, "ref")));
        } else if ("member".equals(name)) {
          current
              .members()
              .add(
                  new Member(
                      List.of("node", "way", "relation")
                          .indexOf(xml.getAttributeValue(null, "type")),
                      Long.parseLong(xml.getAttributeValue(null, "ref")),
                      xml.getAttributeValue(null, "role")));
        }
      }
      xml.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(osmXml + ": not OSM XML", e);
    }
    return elements;
  }
}
