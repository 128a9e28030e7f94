package org.gridledger.grid.flow;

/**
 * The solved flow through a line or transformer. Powers are measured entering the branch at each
 * side (so pFromW + pToW is the branch's loss).
 *
 * @param id branch id
 * @param kind "line" or "transformer"
 * @param pFromW active power into side 1 in W
 * @param qFromVar reactive power into side 1 in var
 * @param pToW active power into side 2 in W
 * @param qToVar reactive power into side 2 in var
 * @param currentA the larger current of the two sides in A (for a transformer, the side with the
 *     larger current relative to its rated current)
 * @param loadingPct loading in % of the thermal rating (current over rated current)
 */
public record BranchFlow(
    String id,
    String kind,
    double pFromW,
    double qFromVar,
    double pToW,
    double qToVar,
    double currentA,
    double loadingPct) {

  /** Active power loss in the branch in W. */
  public double lossW() {
    return pFromW + pToW;
  }
}
