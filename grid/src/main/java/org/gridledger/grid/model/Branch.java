package org.gridledger.grid.model;

/** A series element between two buses: a {@link Line} or a {@link Transformer}. */
public sealed interface Branch permits Line, Transformer {
  /** Unique id among branches. */
  String id();

  /** Bus at side 1 (for a transformer, the high-voltage side). */
  String fromBus();

  /** Bus at side 2. */
  String toBus();

  /** Series resistance in ohms (for a transformer, referred to side 2). */
  double rOhm();

  /** Series reactance in ohms (for a transformer, referred to side 2). */
  double xOhm();

  /** "line" or "transformer", as written in reports. */
  String kind();
}
