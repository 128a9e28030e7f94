package org.gridledger.mobility.ledger;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.state.Key;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.state.StateReader;

/**
 * EV charging's state, in its own namespaces: {@code evcp} charge points, {@code evps} pseudonyms,
 * {@code evbk} bookings, {@code evslot} booked quarter hours, {@code evtx} sessions, {@code evrc}
 * receipts, {@code evfd}/{@code evfh} feeders and their history, {@code evbill} bill lines.
 */
public final class MobilityState {
  public static final String CHARGE_POINTS = "evcp";

  private MobilityState() {}

  /** The escrow account of one booking's deposit. */
  public static AccountId escrow(Hash booking) {
    return AccountId.system("ev-escrow/" + booking.toHex());
  }

  public static Optional<ChargePointRecord> chargePoint(StateReader state, String id) {
    return read(state, Key.of(CHARGE_POINTS, id), ChargePointRecord::decode);
  }

  static void put(StateOverlay state, ChargePointRecord cp) {
    state.put(Key.of(CHARGE_POINTS, cp.id()), cp.encode());
  }

  public static Optional<PseudonymRecord> pseudonym(StateReader state, String token) {
    return read(state, Key.of("evps", token), PseudonymRecord::decode);
  }

  static void put(StateOverlay state, PseudonymRecord p) {
    state.put(Key.of("evps", p.token()), p.encode());
  }

  public static Optional<BookingRecord> booking(StateReader state, Hash id) {
    return read(state, Key.of("evbk", id.toBytes()), BookingRecord::decode);
  }

  static void put(StateOverlay state, BookingRecord b) {
    state.put(Key.of("evbk", b.id().toBytes()), b.encode());
  }

  /** The booking holding quarter hour {@code slot} (epoch ms / 15 min) of a charge point. */
  public static Optional<Hash> slot(StateReader state, String chargePointId, long slot) {
    return read(state, Key.of("evslot", chargePointId + ":" + slot), Hash::wrap);
  }

  static void hold(StateOverlay state, String chargePointId, long slot, Hash booking) {
    state.put(Key.of("evslot", chargePointId + ":" + slot), booking.toBytes());
  }

  static void free(StateOverlay state, String chargePointId, long slot) {
    state.delete(Key.of("evslot", chargePointId + ":" + slot));
  }

  public static Optional<SessionRecord> session(StateReader state, String cp, int tx) {
    return read(state, Key.of("evtx", cp + ":" + tx), SessionRecord::decode);
  }

  static void put(StateOverlay state, SessionRecord s) {
    state.put(Key.of("evtx", s.chargePointId() + ":" + s.transactionId()), s.encode());
  }

  public static Optional<Receipt> receipt(StateReader state, String cp, int tx) {
    return read(state, Key.of("evrc", cp + ":" + tx), Receipt::decode);
  }

  static void put(StateOverlay state, Receipt r) {
    state.put(Key.of("evrc", r.chargePointId() + ":" + r.transactionId()), r.encode());
  }

  public static Optional<FeederRecord> feeder(StateReader state, String feeder) {
    return read(state, Key.of("evfd", feeder), FeederRecord::decode);
  }

  /** The feeder's publications, oldest first. */
  public static List<FeederRecord> feederHistory(StateReader state, String feeder) {
    int n = count(state, Key.of("evfhn", feeder));
    List<FeederRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(FeederRecord.decode(state.get(Key.of("evfh", feeder + ":" + i))));
    }
    return out;
  }

  static void put(StateOverlay state, FeederRecord f) {
    state.put(Key.of("evfd", f.feeder()), f.encode());
    Key countKey = Key.of("evfhn", f.feeder());
    int n = count(state, countKey);
    state.put(Key.of("evfh", f.feeder() + ":" + n), f.encode());
    state.put(countKey, ByteBuffer.allocate(4).putInt(n + 1).array());
  }

  /** The highest OCPP transaction id recorded so far (0 for none). */
  public static int lastTransactionId(StateReader state) {
    return count(state, Key.of("evmeta", "last-tx"));
  }

  static void noteTransactionId(StateOverlay state, int tx) {
    if (tx > lastTransactionId(state)) {
      state.put(Key.of("evmeta", "last-tx"), ByteBuffer.allocate(4).putInt(tx).array());
    }
  }

  /** {@code owner}'s EV bill lines for {@code month} ("yyyy-MM", UTC), in order. */
  public static List<EvBillLine> billLines(StateReader state, PublicKey owner, String month) {
    String prefix = owner.toHex() + ":" + month;
    int n = count(state, Key.of("evbilln", prefix));
    List<EvBillLine> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(EvBillLine.decode(state.get(Key.of("evbill", prefix + ":" + i))));
    }
    return out;
  }

  static void addBillLine(StateOverlay state, PublicKey owner, EvBillLine line) {
    String prefix = owner.toHex() + ":" + month(line.timeMillis());
    Key countKey = Key.of("evbilln", prefix);
    int n = count(state, countKey);
    state.put(Key.of("evbill", prefix + ":" + n), line.encode());
    state.put(countKey, ByteBuffer.allocate(4).putInt(n + 1).array());
  }

  static String month(long epochMillis) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM")
        .withZone(java.time.ZoneOffset.UTC)
        .format(java.time.Instant.ofEpochMilli(epochMillis));
  }

  private static int count(StateReader state, Key key) {
    byte[] n = state.get(key);
    return n == null ? 0 : ByteBuffer.wrap(n).getInt();
  }

  private static <T> Optional<T> read(StateReader state, Key key, Function<byte[], T> decode) {
    byte[] bytes = state.get(key);
    return bytes == null ? Optional.empty() : Optional.of(decode.apply(bytes));
  }
}
