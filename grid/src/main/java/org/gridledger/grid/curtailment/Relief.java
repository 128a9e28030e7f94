package org.gridledger.grid.curtailment;

import org.gridledger.grid.check.Limits;
import org.gridledger.grid.check.Violation;
import org.gridledger.grid.check.ViolationKind;
import org.gridledger.grid.screening.Sensitivities;
import org.gridledger.grid.screening.TradeIndex;

/**
 * How much one watt of curtailment of each trade relieves one violation, and how much relief the
 * violation needs, from linear sensitivities. Curtailing c W of a trade lowers the seller's
 * injection and the buyer's withdrawal by c.
 */
final class Relief {
  final Violation violation;
  final double[] perW;
  double excess;

  Relief(Violation v, int element, Sensitivities s, TradeIndex t, Limits limits, double margin) {
    this.violation = v;
    perW = new double[t.size()];
    for (int i = 0; i < t.size(); i++) {
      int sb = t.seller()[i];
      int bb = t.buyer()[i];
      perW[i] =
          switch (v.kind()) {
            case LINE_OVERLOAD, TRANSFORMER_OVERLOAD ->
                s.dLoadingdP(element, sb) - s.dLoadingdP(element, bb);
            case OVERVOLTAGE -> s.dVdP(element, sb) - s.dVdP(element, bb);
            case UNDERVOLTAGE -> s.dVdP(element, bb) - s.dVdP(element, sb);
            case NOT_CONVERGED -> throw new IllegalArgumentException("no relief for " + v.kind());
          };
    }
    excess =
        switch (v.kind()) {
          case LINE_OVERLOAD, TRANSFORMER_OVERLOAD ->
              v.value() - limits.maxLoadingPct() * (1 - margin);
          case OVERVOLTAGE -> v.value() - (limits.vMaxPu() - margin / 10);
          case UNDERVOLTAGE -> limits.vMinPu() + margin / 10 - v.value();
          case NOT_CONVERGED -> throw new IllegalArgumentException("no relief for " + v.kind());
        };
  }

  static boolean isBus(ViolationKind kind) {
    return kind == ViolationKind.UNDERVOLTAGE || kind == ViolationKind.OVERVOLTAGE;
  }
}
