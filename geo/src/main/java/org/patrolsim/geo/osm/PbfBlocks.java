// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.geo.osm;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.openstreetmap.osmosis.osmbinary.Fileformat;
import org.patrolsim.geo.MapInputException;

/**
 * The framing of an OpenStreetMap PBF file: a sequence of blocks, each a 4-byte big-endian length,
 * a {@code BlobHeader} naming the block's type ({@code OSMHeader} or {@code OSMData}) and a {@code
 * Blob} holding the block's bytes raw or zlib-compressed.
 */
public final class PbfBlocks {
  /** The sizes the format allows (a larger header or blob means the file is not PBF). */
  private static final int MAX_HEADER = 64 * 1024;

  private static final int MAX_BLOB = 32 * 1024 * 1024;

  /** One block: its type and its uncompressed bytes. */
  public record Block(String type, byte[] data) {}

  private PbfBlocks() {}

  /**
   * The next block of {@code in}, or null at the end of the file.
   *
   * @throws MapInputException naming {@code file} when the bytes are not PBF blocks
   */
  public static Block next(DataInputStream in, Path file) throws IOException {
    int first = in.read();
    if (first < 0) {
      return null;
    }
    try {
      int headerSize = (first << 24) | (in.readUnsignedByte() << 16) | in.readUnsignedShort();
      if (headerSize <= 0 || headerSize > MAX_HEADER) {
        throw notPbf(file, "a block header of " + Integer.toUnsignedString(headerSize) + " bytes");
      }
      Fileformat.BlobHeader header = Fileformat.BlobHeader.parseFrom(readFully(in, headerSize));
      if (header.getDatasize() <= 0 || header.getDatasize() > MAX_BLOB) {
        throw notPbf(file, "a block of " + header.getDatasize() + " bytes");
      }
      Fileformat.Blob blob = Fileformat.Blob.parseFrom(readFully(in, header.getDatasize()));
      return new Block(header.getType(), uncompressed(blob, file));
    } catch (EOFException e) {
      throw notPbf(file, "a block cut short at the end of the file");
    } catch (InvalidProtocolBufferException e) {
      throw notPbf(file, "a block that does not decode (" + e.getMessage() + ")");
    }
  }

  /** Writes one block, zlib-compressed. */
  public static void write(OutputStream out, String type, byte[] data) throws IOException {
    Deflater deflater = new Deflater();
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream zipped = new ByteArrayOutputStream(data.length / 2 + 64);
    byte[] buf = new byte[1 << 16];
    while (!deflater.finished()) {
      zipped.write(buf, 0, deflater.deflate(buf));
    }
    deflater.end();
    byte[] blob =
        Fileformat.Blob.newBuilder()
            .setRawSize(data.length)
            .setZlibData(ByteString.copyFrom(zipped.toByteArray()))
            .build()
            .toByteArray();
    byte[] header =
        Fileformat.BlobHeader.newBuilder()
            .setType(type)
            .setDatasize(blob.length)
            .build()
            .toByteArray();
    DataOutputStream dout = new DataOutputStream(out);
    dout.writeInt(header.length);
    dout.write(header);
    dout.write(blob);
    dout.flush();
  }

  static MapInputException notPbf(Path file, String what) {
    return new MapInputException(
        file, "cannot be read as an OpenStreetMap PBF file: it holds " + what);
  }

  private static byte[] readFully(DataInputStream in, int size) throws IOException {
    byte[] bytes = new byte[size];
    in.readFully(bytes);
    return bytes;
  }

  private static byte[] uncompressed(Fileformat.Blob blob, Path file) {
    if (blob.hasRaw()) {
      return blob.getRaw().toByteArray();
    }
    if (!blob.hasZlibData()) {
      throw notPbf(
          file,
          "a block compressed with "
              + (blob.hasLzmaData() ? "LZMA" : "an unknown method")
              + ", which is not read here (only raw and zlib)");
    }
    if (blob.getRawSize() < 0 || blob.getRawSize() > MAX_BLOB) {
      throw notPbf(file, "a block of " + blob.getRawSize() + " bytes");
    }
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(blob.getZlibData().toByteArray());
      byte[] data = new byte[blob.getRawSize()];
      int n = 0;
      while (n < data.length && !inflater.finished()) {
        int got = inflater.inflate(data, n, data.length - n);
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        n += got;
      }
      if (n != data.length) {
        throw notPbf(file, "a block shorter than its stated size");
      }
      return data;
    } catch (DataFormatException e) {
      throw notPbf(file, "a block whose zlib data is broken (" + e.getMessage() + ")");
    } finally {
      inflater.end();
    }
  }
}
