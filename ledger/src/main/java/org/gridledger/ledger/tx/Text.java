package org.gridledger.ledger.tx;

/** Checks of the free text that payloads carry. */
final class Text {
  private Text() {}

  static String require(String value, String field, int maxLength, boolean mayBeEmpty) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is missing");
    }
    if (!mayBeEmpty && value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(field + " contains a control character");
      }
    }
    return value;
  }

  static <T> T present(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return value;
  }
}
