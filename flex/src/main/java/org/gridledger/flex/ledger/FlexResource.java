package org.gridledger.flex.ledger;

import java.util.Optional;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.crypto.PublicKey;

/** A meter enrolled in demand response: its owner, the most it may commit, its aggregator. */
public record FlexResource(
    String meterId, PublicKey owner, long capacityW, Optional<PublicKey> aggregator) {

  /** Whether {@code sender} may opt this meter in or out: its owner or its aggregator. */
  public boolean actsFor(PublicKey sender) {
    return owner.equals(sender) || aggregator.filter(sender::equals).isPresent();
  }

  byte[] encode() {
    ByteWriter out =
        new ByteWriter(128).string(meterId).key(owner).i64(capacityW).bool(aggregator.isPresent());
    aggregator.ifPresent(out::key);
    return out.toBytes();
  }

  static FlexResource decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    String meter = in.string("meter");
    PublicKey owner = in.key("owner");
    long capacity = in.i64("capacity");
    Optional<PublicKey> aggregator =
        in.bool("aggregated") ? Optional.of(in.key("aggregator")) : Optional.empty();
    return new FlexResource(meter, owner, capacity, aggregator);
  }
}
