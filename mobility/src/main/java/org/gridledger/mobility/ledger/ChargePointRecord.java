package org.gridledger.mobility.ledger;

import java.util.ArrayList;
import java.util.List;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.tx.AvailabilityWindow;
import org.gridledger.ledger.tx.RegisterChargePoint;

/**
 * A registered shared charge point (namespace {@code evcp}): what {@link RegisterChargePoint} says
 * and the height it was registered at.
 */
public record ChargePointRecord(
    String id,
    PublicKey key,
    PublicKey owner,
    String bus,
    String feeder,
    long maxPowerW,
    int connector,
    long pricePerKwh,
    long pricePerHour,
    List<AvailabilityWindow> windows,
    int latCentiDeg,
    int lonCentiDeg,
    Hash authKeyHash,
    long registeredAt) {

  static ChargePointRecord of(RegisterChargePoint c, long height) {
    return new ChargePointRecord(
        c.chargePointId(),
        c.key(),
        c.owner(),
        c.bus(),
        c.feeder(),
        c.maxPowerW(),
        c.connector(),
        c.pricePerKwh().microsPerKwh(),
        c.pricePerHourMicros(),
        c.windows(),
        c.latCentiDeg(),
        c.lonCentiDeg(),
        c.authKeyHash(),
        height);
  }

  /** Whether every minute of {@code [start, end)} (epoch ms) lies in an availability window. */
  public boolean availableOver(long start, long end) {
    if (windows.isEmpty()) {
      return true;
    }
    for (long t = start; t < end; t += 60_000L) {
      int minute = (int) Math.floorMod(t / 60_000L, 1440L);
      if (windows.stream().noneMatch(w -> minute >= w.fromMinute() && minute < w.toMinute())) {
        return false;
      }
    }
    return true;
  }

  byte[] encode() {
    ByteWriter out =
        new ByteWriter(256)
            .string(id)
            .key(key)
            .key(owner)
            .string(bus)
            .string(feeder)
            .i64(maxPowerW)
            .i32(connector)
            .i64(pricePerKwh)
            .i64(pricePerHour)
            .i32(windows.size());
    windows.forEach(w -> out.i32(w.fromMinute()).i32(w.toMinute()));
    return out.i32(latCentiDeg).i32(lonCentiDeg).hash(authKeyHash).i64(registeredAt).toBytes();
  }

  public static ChargePointRecord decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    String id = in.string("id");
    PublicKey key = in.key("key");
    PublicKey owner = in.key("owner");
    String bus = in.string("bus");
    String feeder = in.string("feeder");
    long maxPower = in.i64("max");
    int connector = in.i32("connector");
    long perKwh = in.i64("kwh");
    long perHour = in.i64("hour");
    int n = in.i32("windows");
    List<AvailabilityWindow> windows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      windows.add(new AvailabilityWindow(in.i32("from"), in.i32("to")));
    }
    return new ChargePointRecord(
        id,
        key,
        owner,
        bus,
        feeder,
        maxPower,
        connector,
        perKwh,
        perHour,
        List.copyOf(windows),
        in.i32("lat"),
        in.i32("lon"),
        in.hash("auth"),
        in.i64("height"));
  }
}
