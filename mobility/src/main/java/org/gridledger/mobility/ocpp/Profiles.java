package org.gridledger.mobility.ocpp;

import eu.chargetime.ocpp.model.core.ChargingProfile;
import eu.chargetime.ocpp.model.core.ChargingProfileKindType;
import eu.chargetime.ocpp.model.core.ChargingProfilePurposeType;
import eu.chargetime.ocpp.model.core.ChargingRateUnitType;
import eu.chargetime.ocpp.model.core.ChargingSchedule;
import eu.chargetime.ocpp.model.core.ChargingSchedulePeriod;
import eu.chargetime.ocpp.model.smartcharging.ClearChargingProfileRequest;
import eu.chargetime.ocpp.model.smartcharging.SetChargingProfileRequest;

/**
 * The DSO's charging profiles: one TxProfile per limited transaction, stack level 1, relative, a
 * single period from 0 s at the limit in W; its id is the transaction id, so clearing it by id
 * lifts exactly that limit.
 */
final class Profiles {
  static final int STACK_LEVEL = 1;

  private Profiles() {}

  static SetChargingProfileRequest txLimit(ActiveSession s, long watts) {
    ChargingSchedule schedule =
        new ChargingSchedule(
            ChargingRateUnitType.W,
            new ChargingSchedulePeriod[] {new ChargingSchedulePeriod(0, (double) watts)});
    ChargingProfile profile =
        new ChargingProfile(
            s.transactionId(),
            STACK_LEVEL,
            ChargingProfilePurposeType.TxProfile,
            ChargingProfileKindType.Relative,
            schedule);
    profile.setTransactionId(s.transactionId());
    return new SetChargingProfileRequest(s.connector(), profile);
  }

  static ClearChargingProfileRequest clear(ActiveSession s) {
    ClearChargingProfileRequest request = new ClearChargingProfileRequest();
    request.setId(s.transactionId());
    return request;
  }
}
