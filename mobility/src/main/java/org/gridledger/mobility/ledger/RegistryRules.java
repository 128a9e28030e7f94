package org.gridledger.mobility.ledger;

import org.gridledger.ledger.account.Device;
import org.gridledger.ledger.account.Registry;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.Refusal;
import org.gridledger.ledger.exec.TxContext;
import org.gridledger.ledger.tx.DeviceType;
import org.gridledger.ledger.tx.FeederCharging;
import org.gridledger.ledger.tx.RegisterChargePoint;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.RotatePseudonym;

/** Charge points, pseudonyms and the DSO's feeder states. */
final class RegistryRules {
  private RegistryRules() {}

  static Outcome register(RegisterChargePoint c, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    if (Registry.participant(ctx.state(), c.owner()).isEmpty()) {
      return Refusal.of(Reason.UNKNOWN_PARTICIPANT, "owner " + c.owner() + " is not registered");
    }
    if (Registry.device(ctx.state(), c.chargePointId()).isPresent()) {
      return Refusal.of(
          Reason.ALREADY_REGISTERED, "device " + c.chargePointId() + " is already registered");
    }
    if (Registry.deviceKeyInUse(ctx.state(), c.key())
        || Registry.participant(ctx.state(), c.key()).isPresent()) {
      return Refusal.of(Reason.ALREADY_REGISTERED, "key " + c.key() + " is already in use");
    }
    Registry.put(
        ctx.state(),
        new Device(
            c.chargePointId(), c.key(), DeviceType.CHARGE_POINT, c.owner(), c.bus(), ctx.height()));
    MobilityState.put(ctx.state(), ChargePointRecord.of(c, ctx.height()));
    return Outcome.APPLIED;
  }

  static Outcome rotate(RotatePseudonym r, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.EV_DRIVER);
    if (!role.isApplied()) {
      return role;
    }
    if (MobilityState.pseudonym(ctx.state(), r.token()).isPresent()) {
      return Refusal.of(Reason.ALREADY_REGISTERED, "token " + r.token() + " is taken");
    }
    if (!r.retire().isEmpty()) {
      var old = MobilityState.pseudonym(ctx.state(), r.retire());
      if (old.isEmpty() || !old.get().driver().equals(ctx.tx().sender())) {
        return Refusal.of(
            Reason.UNKNOWN_PARTICIPANT, "token " + r.retire() + " is not one of the sender's");
      }
      MobilityState.put(
          ctx.state(),
          new PseudonymRecord(old.get().token(), old.get().driver(), true, old.get().createdAt()));
    }
    MobilityState.put(
        ctx.state(), new PseudonymRecord(r.token(), ctx.tx().sender(), false, ctx.timeMillis()));
    return Outcome.APPLIED;
  }

  static Outcome feeder(FeederCharging f, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    for (var limit : f.limits()) {
      var cp = MobilityState.chargePoint(ctx.state(), limit.chargePointId());
      if (cp.isEmpty() || !cp.get().feeder().equals(f.feeder())) {
        return Refusal.of(
            Reason.UNKNOWN_DEVICE,
            "charge point " + limit.chargePointId() + " is not on feeder " + f.feeder());
      }
    }
    MobilityState.put(ctx.state(), FeederRecord.of(f, ctx.height()));
    return Outcome.APPLIED;
  }
}
