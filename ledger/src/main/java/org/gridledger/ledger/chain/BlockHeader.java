package org.gridledger.ledger.chain;

import java.util.List;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.codec.CodecException;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;

/**
 * A block header. Its hash, the block's identity, is the SHA-256 of its canonical encoding; the
 * proposer signs that hash.
 *
 * @param timestampMillis block time, milliseconds since the epoch, never before its parent's: the
 *     only clock transactions see
 * @param txRoot Merkle root of the transaction hashes
 * @param anchorRoot Merkle root of the off-chain records the block anchors (meter readings), or
 *     zero
 * @param stateRoot the state root after executing the block (see {@code WriteSet})
 */
public record BlockHeader(
    int version,
    long height,
    Hash previous,
    long timestampMillis,
    int txCount,
    Hash txRoot,
    Hash anchorRoot,
    Hash stateRoot,
    PublicKey proposer,
    List<Attestation> attestations) {
  public static final int VERSION = 1;

  public BlockHeader {
    if (height < 0 || txCount < 0) {
      throw new IllegalArgumentException("height and transaction count must not be negative");
    }
    attestations = List.copyOf(attestations);
  }

  public Hash hash() {
    return Hash.sha256(encode());
  }

  public byte[] encode() {
    ByteWriter out = new ByteWriter(256);
    writeTo(out);
    return out.toBytes();
  }

  void writeTo(ByteWriter out) {
    out.u8(version)
        .i64(height)
        .hash(previous)
        .i64(timestampMillis)
        .i32(txCount)
        .hash(txRoot)
        .hash(anchorRoot)
        .hash(stateRoot)
        .key(proposer)
        .u16(attestations.size());
    for (Attestation a : attestations) {
      out.key(a.authority()).signature(a.signature());
    }
  }

  static BlockHeader readFrom(ByteReader in) {
    int version = in.u8("header version");
    if (version != VERSION) {
      throw new CodecException("unsupported block format version " + version);
    }
    long height = in.i64("height");
    Hash previous = in.hash("previous");
    long time = in.i64("timestamp");
    int txCount = in.i32("tx count");
    Hash txRoot = in.hash("tx root");
    Hash anchorRoot = in.hash("anchor root");
    Hash stateRoot = in.hash("state root");
    PublicKey proposer = in.key("proposer");
    int n = in.u16("attestations");
    Attestation[] attestations = new Attestation[n];
    for (int i = 0; i < n; i++) {
      attestations[i] = new Attestation(in.key("authority"), in.signature("attestation"));
    }
    try {
      return new BlockHeader(
          version,
          height,
          previous,
          time,
          txCount,
          txRoot,
          anchorRoot,
          stateRoot,
          proposer,
          List.of(attestations));
    } catch (IllegalArgumentException e) {
      throw new CodecException("block header: " + e.getMessage());
    }
  }
}
