package org.gridledger.grid.model;

import org.gridledger.grid.GridModelException;

final class Checks {
  private Checks() {}

  static void id(String id, String what) {
    if (id == null || id.isBlank()) {
      throw new GridModelException(what + " without an id");
    }
  }

  static void nonNegative(String element, String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new GridModelException(
          element + ": " + field + " must be finite and >= 0, got " + value);
    }
  }

  static void finite(String element, String field, double value) {
    if (!Double.isFinite(value)) {
      throw new GridModelException(element + ": " + field + " must be finite, got " + value);
    }
  }

  /** Positive, or +infinity for an unrated (imported) branch. */
  static void positiveRating(String element, double value, String unit) {
    if (!(value > 0)) {
      throw new GridModelException(
          element + ": rating must be positive, got " + value + " " + unit);
    }
  }
}
