package org.gridledger.consensus.cluster;

import java.util.Arrays;
import org.gridledger.ledger.chain.Attestation;
import org.gridledger.ledger.chain.Block;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.codec.CodecException;
import org.gridledger.ledger.crypto.Hash;

/**
 * What one Raft log entry carries: a block the leader proposed, or an authority's attestation of a
 * committed block. Encoded as a one-byte kind and the content. Public for tools and tests that
 * write entries of their own (a forged block is refused by every node all the same).
 */
public sealed interface ClusterEntry {
  byte BLOCK = 1;
  byte ATTESTATION = 2;

  byte[] encode();

  /** A block proposed on what its proposer took for the head. */
  record BlockEntry(Block block) implements ClusterEntry {
    @Override
    public byte[] encode() {
      byte[] body = block.encode();
      byte[] out = new byte[body.length + 1];
      out[0] = BLOCK;
      System.arraycopy(body, 0, out, 1, body.length);
      return out;
    }
  }

  /** {@code attestation} of the block at {@code height} whose hash is {@code block}. */
  record AttestationEntry(long height, Hash block, Attestation attestation)
      implements ClusterEntry {
    @Override
    public byte[] encode() {
      return new ByteWriter(180)
          .u8(ATTESTATION)
          .i64(height)
          .hash(block)
          .key(attestation.authority())
          .signature(attestation.signature())
          .toBytes();
    }
  }

  /**
   * @throws CodecException if the bytes are not one well-formed entry
   */
  public static ClusterEntry decode(byte[] bytes) {
    if (bytes.length == 0) {
      throw new CodecException("an empty log entry");
    }
    return switch (bytes[0]) {
      case BLOCK -> new BlockEntry(Block.decode(Arrays.copyOfRange(bytes, 1, bytes.length)));
      case ATTESTATION -> {
        ByteReader in = new ByteReader(bytes, 1, bytes.length - 1);
        var entry =
            new AttestationEntry(
                in.i64("height"),
                in.hash("block"),
                new Attestation(in.key("authority"), in.signature("attestation")));
        in.expectEnd("attestation entry");
        yield entry;
      }
      default -> throw new CodecException("unknown log entry kind " + bytes[0]);
    };
  }
}
