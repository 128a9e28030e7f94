package org.gridledger.ledger.exec;

import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.account.Device;
import org.gridledger.ledger.account.Participant;
import org.gridledger.ledger.account.Registry;
import org.gridledger.ledger.tx.Deposit;
import org.gridledger.ledger.tx.PayloadType;
import org.gridledger.ledger.tx.RegisterDevice;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transfer;
import org.gridledger.ledger.tx.Withdraw;
import org.gridledger.ledger.units.Money;

/** The rules of the ledger's own payload types. */
final class CoreRules {
  private CoreRules() {}

  static RuleBook install(RuleBook book) {
    return book.with(PayloadType.REGISTER_PARTICIPANT, CoreRules::registerParticipant)
        .with(PayloadType.REGISTER_DEVICE, CoreRules::registerDevice)
        .with(PayloadType.TRANSFER, CoreRules::transfer)
        .with(PayloadType.DEPOSIT, CoreRules::deposit)
        .with(PayloadType.WITHDRAW, CoreRules::withdraw);
  }

  static Outcome registerParticipant(RegisterParticipant p, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    if (Registry.participant(ctx.state(), p.key()).isPresent()) {
      return Refusal.of(
          Reason.ALREADY_REGISTERED, "participant " + p.key() + " is already registered");
    }
    Registry.put(ctx.state(), new Participant(p.key(), p.name(), p.roles(), ctx.height()));
    return Outcome.APPLIED;
  }

  static Outcome registerDevice(RegisterDevice d, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    if (Registry.participant(ctx.state(), d.owner()).isEmpty()) {
      return Refusal.of(Reason.UNKNOWN_PARTICIPANT, "owner " + d.owner() + " is not registered");
    }
    if (Registry.device(ctx.state(), d.deviceId()).isPresent()) {
      return Refusal.of(
          Reason.ALREADY_REGISTERED, "device " + d.deviceId() + " is already registered");
    }
    if (Registry.deviceKeyInUse(ctx.state(), d.key())
        || Registry.participant(ctx.state(), d.key()).isPresent()) {
      return Refusal.of(Reason.ALREADY_REGISTERED, "key " + d.key() + " is already in use");
    }
    Registry.put(
        ctx.state(),
        new Device(d.deviceId(), d.key(), d.deviceType(), d.owner(), d.bus(), ctx.height()));
    return Outcome.APPLIED;
  }

  static Outcome transfer(Transfer t, TxContext ctx) {
    if (Registry.participant(ctx.state(), t.to()).isEmpty()) {
      return Refusal.of(Reason.UNKNOWN_PARTICIPANT, "recipient " + t.to() + " is not registered");
    }
    if (t.to().equals(ctx.tx().sender())) {
      return Refusal.of(Reason.INVALID_PAYLOAD, "a transfer to oneself moves nothing");
    }
    return ctx.move(AccountId.of(ctx.tx().sender()), AccountId.of(t.to()), t.amount());
  }

  /** Credits the recipient, after paying off any arrears its metered consumption left. */
  static Outcome deposit(Deposit d, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    if (Registry.participant(ctx.state(), d.to()).isEmpty()) {
      return Refusal.of(Reason.UNKNOWN_PARTICIPANT, "recipient " + d.to() + " is not registered");
    }
    AccountId arrears = AccountId.arrearsOf(d.to());
    Money owed = Accounts.balance(ctx.state(), arrears).negate();
    Money toArrears = owed.compareTo(d.amount()) < 0 ? owed : d.amount();
    if (toArrears.isPositive()) {
      ctx.move(AccountId.GATEWAY, arrears, toArrears);
    }
    return ctx.move(AccountId.GATEWAY, AccountId.of(d.to()), d.amount().minus(toArrears));
  }

  static Outcome withdraw(Withdraw w, TxContext ctx) {
    if (!w.from().equals(ctx.tx().sender()) && !ctx.senderHas(Role.DSO)) {
      return Refusal.of(
          Reason.UNAUTHORIZED_ROLE, "only the account holder or the DSO may withdraw from it");
    }
    if (Registry.participant(ctx.state(), w.from()).isEmpty()) {
      return Refusal.of(Reason.UNKNOWN_PARTICIPANT, "account " + w.from() + " is not registered");
    }
    return ctx.move(AccountId.of(w.from()), AccountId.GATEWAY, w.amount());
  }
}
