package org.gridledger.mobility.ledger;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.crypto.PublicKey;

/**
 * A driver's pseudonym (namespace {@code evps}, by token): the DSO's regulated view of who is
 * behind it, and whether it was retired (a retired token books and starts nothing new, but what it
 * started still settles).
 */
public record PseudonymRecord(String token, PublicKey driver, boolean retired, long createdAt) {

  byte[] encode() {
    return new ByteWriter(80).string(token).key(driver).bool(retired).i64(createdAt).toBytes();
  }

  public static PseudonymRecord decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    return new PseudonymRecord(
        in.string("token"), in.key("driver"), in.bool("retired"), in.i64("created"));
  }
}
