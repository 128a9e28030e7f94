package org.gridledger.ledger.tx;

import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.units.Money;

/**
 * What a transaction asks the ledger to do. Sealed, so that the codec, the JSON mapping and the
 * rule book handle every type in an exhaustive switch: adding a type makes the compiler list every
 * place to update. Every payload validates its fields in its constructor; what depends on state
 * (roles, balances, registrations) is checked by its rule at execution.
 */
public sealed interface Payload
    permits RegisterParticipant,
        RegisterDevice,
        Transfer,
        Deposit,
        Withdraw,
        SetMarketRules,
        SetGridTopology,
        PlaceOrder,
        CancelOrder,
        ClearInterval,
        GridVerdict,
        SettleInterval,
        RegisterMeter,
        RegisterFlexResource,
        CreateDrEvent,
        CancelDrEvent,
        DrOptIn,
        DrOptOut,
        SettleDrEvent,
        RegisterChargePoint,
        RotatePseudonym,
        BookCharging,
        CancelBooking,
        CloseBooking,
        StartCharging,
        SettleCharging,
        FeederCharging {

  /** The type tag of the canonical encoding. */
  PayloadType type();

  /**
   * The most money executing this payload can take from the sender's own balance: the pool refuses
   * a transaction whose sender cannot cover it together with its other pending transactions.
   */
  default Money maxDebit(PublicKey sender) {
    return Money.ZERO;
  }
}
