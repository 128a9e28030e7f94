package org.gridledger.market.ledger;

import java.nio.file.Path;
import java.util.List;
import org.gridledger.ledger.TestLedger;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.RuleBook;
import org.gridledger.ledger.tx.BusLink;
import org.gridledger.ledger.tx.DeviceType;
import org.gridledger.ledger.tx.OrderSide;
import org.gridledger.ledger.tx.Payload;
import org.gridledger.ledger.tx.PlaceOrder;
import org.gridledger.ledger.tx.RegisterDevice;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.SetGridTopology;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.units.Energy;
import org.gridledger.ledger.units.Price;

/** A chain with the market's rules, a five-bus feeder, and helpers for members with meters. */
final class MarketFixture implements AutoCloseable {
  /** The interval under test: 2026-01-01T01:00Z, an hour after genesis. */
  static final long START = TestLedger.GENESIS_TIME + 3_600_000L;

  final TestLedger ledger;

  MarketFixture(Path dir, long seed) {
    ledger = new TestLedger(dir, seed, MarketLedger.install(RuleBook.core()));
    ledger.commit(
        ledger.sign(
            ledger.dso,
            new SetGridTopology(
                List.of(
                    new BusLink("1", "", 0),
                    new BusLink("2", "1", 300),
                    new BusLink("3", "2", 400),
                    new BusLink("4", "3", 400),
                    new BusLink("5", "2", 900)))));
  }

  /** A member with a deposit and a meter {@code meterId} at {@code bus}. */
  KeyPair member(String name, long micros, String meterId, String bus) {
    KeyPair keys = ledger.participant(name, micros, Role.PROSUMER);
    ledger.commit(
        ledger.sign(
            ledger.dso,
            new RegisterDevice(
                meterId, ledger.newKey().publicKey(), DeviceType.METER, keys.publicKey(), bus)));
    return keys;
  }

  Transaction order(KeyPair who, OrderSide side, long wh, long price, String meter) {
    return ledger.sign(
        who, new PlaceOrder(START, side, Energy.wh(wh), Price.microsPerKwh(price), meter));
  }

  /** Commits {@code payload} from the DSO at {@code time}, expecting it applied. */
  Proposal dso(long time, Payload payload) {
    ledger.at(time);
    Proposal p = ledger.commit(ledger.sign(ledger.dso, payload));
    if (!p.rejected().isEmpty()) {
      throw new AssertionError(p.rejected().get(0).refusal().toString());
    }
    return p;
  }

  /** The reason {@code tx} is refused at {@code time}, checking the state root did not move. */
  Reason refusal(long time, Transaction tx) {
    ledger.at(time);
    var before = ledger.chain.head().stateRoot();
    Proposal p = ledger.commit(tx);
    if (p.rejected().isEmpty()) {
      throw new AssertionError("expected a refusal of " + tx);
    }
    if (!p.block().header().stateRoot().equals(before)) {
      throw new AssertionError("a refused transaction changed the state");
    }
    return p.rejected().get(0).refusal().reason();
  }

  @Override
  public void close() {
    ledger.close();
  }
}
