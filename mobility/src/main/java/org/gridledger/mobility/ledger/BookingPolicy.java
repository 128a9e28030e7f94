package org.gridledger.mobility.ledger;

/**
 * The documented rules of bookings (see the module README). Deposit: the energy booked at the
 * charge point's price per kWh plus the booked duration at its price per hour, each rounded up.
 * Cancellation: free until {@link #FREE_CANCEL_MILLIS} before the start; later, and until the
 * start, {@link #LATE_CANCEL_PERMILLE} of the deposit goes to the owner; from the start on a
 * booking cannot be cancelled. No-show: if no session started by {@link #GRACE_MILLIS} after the
 * start, the DSO closes the booking and {@link #NO_SHOW_PERMILLE} of the deposit goes to the owner.
 * A session may start up to {@link #GRACE_MILLIS} before the booked start. The rest of a deposit
 * always returns to the driver.
 */
public final class BookingPolicy {
  public static final long FREE_CANCEL_MILLIS = 60 * 60_000L;
  public static final long GRACE_MILLIS = 15 * 60_000L;
  public static final long LATE_CANCEL_PERMILLE = 200;
  public static final long NO_SHOW_PERMILLE = 500;

  private BookingPolicy() {}

  public static long deposit(long energyWh, long durationMillis, ChargePointRecord cp) {
    return Math.ceilDiv(Math.multiplyExact(energyWh, cp.pricePerKwh()), 1000)
        + Math.ceilDiv(Math.multiplyExact(durationMillis, cp.pricePerHour()), 3_600_000L);
  }

  /** The owner's part of the deposit when the driver cancels at {@code now}. */
  public static long cancellationFee(BookingRecord b, long now) {
    return now >= b.start() - FREE_CANCEL_MILLIS
        ? b.depositMicros() * LATE_CANCEL_PERMILLE / 1000
        : 0;
  }

  public static long noShowFee(BookingRecord b) {
    return b.depositMicros() * NO_SHOW_PERMILLE / 1000;
  }
}
