package org.gridledger.grid.check;

import java.util.Locale;
import java.util.Objects;

/**
 * One broken limit.
 *
 * @param element bus or branch id ("network" when the flow did not converge)
 * @param kind what is broken
 * @param value the value found (p.u. for voltages, % of rating for loadings)
 * @param limit the limit it breaks, in the same unit
 */
public record Violation(String element, ViolationKind kind, double value, double limit) {
  public Violation {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(kind, "kind");
  }

  /** The unit of value and limit: "pu", "%" or "" for non-convergence. */
  public String unit() {
    return switch (kind) {
      case UNDERVOLTAGE, OVERVOLTAGE -> "pu";
      case LINE_OVERLOAD, TRANSFORMER_OVERLOAD -> "%";
      case NOT_CONVERGED -> "";
    };
  }

  /** A reason a person reads, e.g. "line L7 at 112 % of rating (limit 100 %)". */
  public String message() {
    return switch (kind) {
      case UNDERVOLTAGE ->
          String.format(Locale.ROOT, "bus %s at %.4f p.u., below %.4f p.u.", element, value, limit);
      case OVERVOLTAGE ->
          String.format(Locale.ROOT, "bus %s at %.4f p.u., above %.4f p.u.", element, value, limit);
      case LINE_OVERLOAD ->
          String.format(
              Locale.ROOT, "line %s at %.0f %% of rating (limit %.0f %%)", element, value, limit);
      case TRANSFORMER_OVERLOAD ->
          String.format(
              Locale.ROOT,
              "transformer %s at %.0f %% of rating (limit %.0f %%)",
              element,
              value,
              limit);
      case NOT_CONVERGED -> "AC power flow did not converge (" + element + ")";
    };
  }
}
