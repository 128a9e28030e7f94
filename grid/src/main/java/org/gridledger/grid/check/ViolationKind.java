package org.gridledger.grid.check;

/** What a {@link Violation} is about; the JSON name is the lower-case name. */
public enum ViolationKind {
  UNDERVOLTAGE,
  OVERVOLTAGE,
  LINE_OVERLOAD,
  TRANSFORMER_OVERLOAD,
  NOT_CONVERGED;

  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
