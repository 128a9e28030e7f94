package org.gridledger.market.ledger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.state.Key;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.state.StateReader;

/**
 * Each participant's bills by month (UTC), namespaces {@code bill} (the month's line count) and
 * {@code billline} (its lines, in settlement order).
 */
public final class Bills {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

  private Bills() {}

  public static String monthOf(long epochMillis) {
    return MONTH.format(Instant.ofEpochMilli(epochMillis));
  }

  static void add(StateOverlay state, PublicKey owner, BillLine line) {
    String month = owner.toHex() + ":" + monthOf(line.intervalStart());
    Key count = Key.of("bill", month);
    byte[] n = state.get(count);
    int index = n == null ? 0 : java.nio.ByteBuffer.wrap(n).getInt();
    state.put(Key.of("billline", month + ":" + index), line.encode());
    state.put(count, java.nio.ByteBuffer.allocate(4).putInt(index + 1).array());
  }

  /** The lines of {@code owner}'s bill for {@code month} ("yyyy-MM"), in settlement order. */
  public static List<BillLine> lines(StateReader state, PublicKey owner, String month) {
    String prefix = owner.toHex() + ":" + month;
    byte[] n = state.get(Key.of("bill", prefix));
    int count = n == null ? 0 : java.nio.ByteBuffer.wrap(n).getInt();
    List<BillLine> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add(BillLine.decode(state.get(Key.of("billline", prefix + ":" + i))));
    }
    return lines;
  }
}
