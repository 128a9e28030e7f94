package org.gridledger.flex.ledger;

import java.nio.ByteBuffer;
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
 * The demand-response section of each participant's monthly bill (UTC month of the event's start),
 * namespaces {@code drbill} (the month's line count) and {@code drbillline} (its lines, in
 * settlement order). The market's lines stay in its own namespaces; the bill route shows both.
 */
public final class DrBills {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

  private DrBills() {}

  static void add(StateOverlay state, PublicKey owner, DrBillLine line) {
    String month = owner.toHex() + ":" + MONTH.format(Instant.ofEpochMilli(line.windowStart()));
    Key count = Key.of("drbill", month);
    byte[] n = state.get(count);
    int index = n == null ? 0 : ByteBuffer.wrap(n).getInt();
    state.put(Key.of("drbillline", month + ":" + index), line.encode());
    state.put(count, ByteBuffer.allocate(4).putInt(index + 1).array());
  }

  /** The demand-response lines of {@code owner}'s bill for {@code month} ("yyyy-MM"). */
  public static List<DrBillLine> lines(StateReader state, PublicKey owner, String month) {
    String prefix = owner.toHex() + ":" + month;
    byte[] n = state.get(Key.of("drbill", prefix));
    int count = n == null ? 0 : ByteBuffer.wrap(n).getInt();
    List<DrBillLine> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add(DrBillLine.decode(state.get(Key.of("drbillline", prefix + ":" + i))));
    }
    return lines;
  }
}
