package org.gridledger.metering.reading;

import java.security.MessageDigest;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.codec.CodecException;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.crypto.Signature;
import org.gridledger.ledger.units.Energy;

/**
 * A reading and the meter's Ed25519 signature of its {@link Reading#signedBytes() canonical bytes}.
 * The binary form is the signed bytes followed by the 64 signature bytes; its Merkle leaf is
 * SHA-256(0x00 || binary form).
 */
public record SignedReading(Reading reading, Signature signature) {
  public static final int MAX_BYTES = 1 + 2 + Reading.MAX_ID_BYTES + 32 + Signature.SIZE;

  public SignedReading {
    if (reading == null || signature == null) {
      throw new IllegalArgumentException("a signed reading needs a reading and a signature");
    }
  }

  /** Whether {@code key} signed this reading. Thread-safe. */
  public boolean verifies(PublicKey key) {
    return key.verify(signature, reading.signedBytes());
  }

  public byte[] encode() {
    ByteWriter out = new ByteWriter(128);
    reading.writeTo(out);
    out.signature(signature);
    return out.toBytes();
  }

  /**
   * Decodes the binary form.
   *
   * @throws UnsupportedVersionException if the version byte is not {@link Reading#VERSION}
   * @throws CodecException if the bytes are not exactly one well-formed reading
   * @throws IllegalArgumentException if a field holds an impossible value
   */
  public static SignedReading decode(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new CodecException("a reading has at most " + MAX_BYTES + " bytes");
    }
    ByteReader in = new ByteReader(bytes);
    int version = in.u8("version");
    if (version != Reading.VERSION) {
      throw new UnsupportedVersionException(version);
    }
    Reading reading =
        new Reading(
            in.string("meter_id"),
            in.i64("sequence"),
            in.i64("timestamp"),
            Energy.wh(in.i64("import_wh")),
            Energy.wh(in.i64("export_wh")));
    Signature signature = in.signature("signature");
    in.expectEnd("reading");
    return new SignedReading(reading, signature);
  }

  /** The Merkle leaf a block anchors for this reading. */
  public Hash leaf() {
    return leafOf(encode());
  }

  public static Hash leafOf(byte[] encoded) {
    MessageDigest digest = Hash.sha256();
    digest.update((byte) 0);
    digest.update(encoded);
    return Hash.of(digest);
  }

  /** A reading whose format version this node does not read. */
  public static final class UnsupportedVersionException extends RuntimeException {
    public UnsupportedVersionException(int version) {
      super("reading format version " + version + " is not supported (this node reads 1)");
    }
  }
}
