// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.osm;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openstreetmap.osmosis.osmbinary.Osmformat;
import org.openstreetmap.osmosis.osmbinary.Osmformat.PrimitiveBlock;
import org.openstreetmap.osmosis.osmbinary.Osmformat.PrimitiveGroup;
import org.patrolsim.geo.MapInputException;

/**
 * The binary ({@code .osm.pbf}) side of {@link OsmRenumbering}: a PBF file whose objects carry
 * negative ids (as an editor saves objects it never uploaded), or whose nodes, ways and relations
 * are not in that order, is rewritten to a copy GraphHopper reads.
 *
 * <p>A first pass decodes every data block and finds the largest positive id of each kind. The copy
 * then holds the same blocks, nodes first, ways next, relations last (GraphHopper refuses any other
 * order), with each negative id {@code -n} of a kind turned into {@code max + n} wherever it is
 * used: an object's id, a way's node refs and a relation's members (all three delta-coded in the
 * format, so they are decoded, renumbered and coded again). The rule is the one {@link
 * OsmRenumbering} uses for XML, so the same map saved in either format gets the same numbers.
 */
final class PbfRenumbering {
  private static final int NODE = 0;
  private static final int WAY = 1;
  private static final int RELATION = 2;
  private static final String SORTED = "Sort.Type_then_ID";

  private final Path file;
  private final long[] maxId = new long[3];
  private boolean negative;
  private boolean outOfOrder;
  private int lastKind = NODE;

  private PbfRenumbering(Path file) {
    this.file = file;
  }

  /** A renumbered copy of {@code pbf} in {@code dir}, or empty when it needs none. */
  static Optional<Path> renumberedCopy(Path pbf, Path dir) {
    PbfRenumbering scan = new PbfRenumbering(pbf);
    try {
      scan.scan();
    } catch (IOException e) {
      throw new MapInputException(pbf, "cannot be read (" + e.getMessage() + ")", e);
    }
    if (!scan.negative && !scan.outOfOrder) {
      return Optional.empty();
    }
    try {
      Path copy = Files.createTempFile(dir, "renumbered-", ".osm.pbf");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(copy), 1 << 16)) {
        scan.write(out);
      }
      return Optional.of(copy);
    } catch (IOException e) {
      throw new MapInputException(
          pbf, "cannot write a renumbered copy into " + dir + " (" + e.getMessage() + ")", e);
    }
  }

  private interface BlockVisitor {
    void visit(PbfBlocks.Block block) throws IOException;
  }

  private void eachBlock(BlockVisitor visitor) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      for (PbfBlocks.Block b; (b = PbfBlocks.next(in, file)) != null; ) {
        visitor.visit(b);
      }
    }
  }

  private PrimitiveBlock data(PbfBlocks.Block block) {
    try {
      return PrimitiveBlock.parseFrom(block.data());
    } catch (InvalidProtocolBufferException e) {
      throw PbfBlocks.notPbf(file, "a data block that does not decode (" + e.getMessage() + ")");
    }
  }

  private void scan() throws IOException {
    eachBlock(
        block -> {
          if (!"OSMData".equals(block.type())) {
            return;
          }
          for (PrimitiveGroup g : data(block).getPrimitivegroupList()) {
            int kind = kind(g);
            if (kind < 0) {
              continue;
            }
            outOfOrder |= kind < lastKind;
            lastKind = Math.max(lastKind, kind);
            switch (kind) {
              case NODE -> {
                g.getNodesList().forEach(n -> see(NODE, n.getId()));
                long id = 0;
                for (long delta : g.getDense().getIdList()) {
                  see(NODE, id += delta);
                }
              }
              case WAY -> g.getWaysList().forEach(w -> see(WAY, w.getId()));
              default -> g.getRelationsList().forEach(r -> see(RELATION, r.getId()));
            }
          }
        });
  }

  private void see(int kind, long id) {
    if (id < 0) {
      negative = true;
    } else {
      maxId[kind] = Math.max(maxId[kind], id);
    }
  }

  private void write(OutputStream out) throws IOException {
    eachBlock(
        block -> {
          if ("OSMHeader".equals(block.type())) {
            PbfBlocks.write(out, block.type(), header(block).toByteArray());
          }
        });
    for (int kind = NODE; kind <= RELATION; kind++) {
      int only = kind;
      eachBlock(
          block -> {
            if (!"OSMData".equals(block.type())) {
              return;
            }
            PrimitiveBlock in = data(block);
            PrimitiveBlock.Builder copy = in.toBuilder().clearPrimitivegroup();
            for (PrimitiveGroup g : in.getPrimitivegroupList()) {
              if (kind(g) == only) {
                copy.addPrimitivegroup(renumbered(g));
              }
            }
            if (copy.getPrimitivegroupCount() > 0) {
              PbfBlocks.write(out, block.type(), copy.build().toByteArray());
            }
          });
    }
  }

  /** The header without the claim that the file is sorted by id, which the copy may not be. */
  private Osmformat.HeaderBlock header(PbfBlocks.Block block) {
    try {
      Osmformat.HeaderBlock header = Osmformat.HeaderBlock.parseFrom(block.data());
      List<String> optional =
          header.getOptionalFeaturesList().stream().filter(f -> !SORTED.equals(f)).toList();
      return header.toBuilder().clearOptionalFeatures().addAllOptionalFeatures(optional).build();
    } catch (InvalidProtocolBufferException e) {
      throw PbfBlocks.notPbf(file, "a header block that does not decode (" + e.getMessage() + ")");
    }
  }

  private static int kind(PrimitiveGroup g) {
    if (g.getNodesCount() > 0 || g.getDense().getIdCount() > 0) {
      return NODE;
    }
    if (g.getWaysCount() > 0) {
      return WAY;
    }
    return g.getRelationsCount() > 0 ? RELATION : -1;
  }

  private PrimitiveGroup renumbered(PrimitiveGroup g) {
    PrimitiveGroup.Builder b = g.toBuilder();
    for (int i = 0; i < g.getNodesCount(); i++) {
      b.setNodes(i, g.getNodes(i).toBuilder().setId(renumbered(NODE, g.getNodes(i).getId())));
    }
    if (g.hasDense()) {
      Osmformat.DenseNodes.Builder dense = g.getDense().toBuilder().clearId();
      long id = 0;
      long previous = 0;
      for (long delta : g.getDense().getIdList()) {
        long now = renumbered(NODE, id += delta);
        dense.addId(now - previous);
        previous = now;
      }
      b.setDense(dense);
    }
    for (int i = 0; i < g.getWaysCount(); i++) {
      Osmformat.Way w = g.getWays(i);
      Osmformat.Way.Builder way = w.toBuilder().setId(renumbered(WAY, w.getId())).clearRefs();
      long ref = 0;
      long previous = 0;
      for (long delta : w.getRefsList()) {
        long now = renumbered(NODE, ref += delta);
        way.addRefs(now - previous);
        previous = now;
      }
      b.setWays(i, way);
    }
    for (int i = 0; i < g.getRelationsCount(); i++) {
      Osmformat.Relation r = g.getRelations(i);
      Osmformat.Relation.Builder rel =
          r.toBuilder().setId(renumbered(RELATION, r.getId())).clearMemids();
      long ref = 0;
      long previous = 0;
      if (r.getTypesCount() != r.getMemidsCount()) {
        throw PbfBlocks.notPbf(
            file, "relation " + r.getId() + " with member types and ids that do not pair up");
      }
      for (int m = 0; m < r.getMemidsCount(); m++) {
        ref += r.getMemids(m);
        long now = renumbered(r.getTypes(m).getNumber(), ref);
        rel.addMemids(now - previous);
        previous = now;
      }
      b.setRelations(i, rel);
    }
    return b.build();
  }

  private long renumbered(int kind, long id) {
    return id < 0 ? Math.addExact(maxId[kind], -id) : id;
  }
}
