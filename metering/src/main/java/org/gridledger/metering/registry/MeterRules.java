package org.gridledger.metering.registry;

import org.gridledger.ledger.account.Device;
import org.gridledger.ledger.account.Registry;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.Refusal;
import org.gridledger.ledger.exec.RuleBook;
import org.gridledger.ledger.exec.TxContext;
import org.gridledger.ledger.tx.DeviceType;
import org.gridledger.ledger.tx.PayloadType;
import org.gridledger.ledger.tx.RegisterMeter;
import org.gridledger.ledger.tx.Role;

/**
 * The rule of {@link RegisterMeter}: DSO only; the owner must be registered; the id and key must be
 * new among all devices and the key no participant's. Writes the meter and its device entry (type
 * METER), so that modules which know only devices see it too. Deterministic.
 */
public final class MeterRules {
  private MeterRules() {}

  /** {@code book} with the metering rules added. */
  public static RuleBook install(RuleBook book) {
    return book.with(PayloadType.REGISTER_METER, MeterRules::registerMeter);
  }

  static Outcome registerMeter(RegisterMeter m, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    if (Registry.participant(ctx.state(), m.owner()).isEmpty()) {
      return Refusal.of(Reason.UNKNOWN_PARTICIPANT, "owner " + m.owner() + " is not registered");
    }
    if (Registry.device(ctx.state(), m.meterId()).isPresent()) {
      return Refusal.of(
          Reason.ALREADY_REGISTERED, "device " + m.meterId() + " is already registered");
    }
    if (Registry.deviceKeyInUse(ctx.state(), m.key())
        || Registry.participant(ctx.state(), m.key()).isPresent()) {
      return Refusal.of(Reason.ALREADY_REGISTERED, "key " + m.key() + " is already in use");
    }
    Registry.put(
        ctx.state(),
        new Device(m.meterId(), m.key(), DeviceType.METER, m.owner(), m.bus(), ctx.height()));
    MeterRegistry.put(
        ctx.state(),
        new Meter(m.meterId(), m.key(), m.owner(), m.bus(), m.kind(), m.feeder(), ctx.height()));
    return Outcome.APPLIED;
  }
}
