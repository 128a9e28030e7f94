package org.gridledger.ledger.tx;

/**
 * A driver takes a new pseudonym: the token its charging sessions carry as OCPP idTag (1 to 20
 * characters, letters, digits, '-' and '_'), optionally retiring an old one ({@code retire}, empty
 * for none). Only the driver and the DSO's regulated view can link it to the driver.
 */
public record RotatePseudonym(String token, String retire) implements Payload {
  public RotatePseudonym {
    check(token, "token", false);
    check(retire, "retire", true);
    if (token.equals(retire)) {
      throw new IllegalArgumentException("cannot retire the new token");
    }
  }

  static void check(String token, String field, boolean mayBeEmpty) {
    Text.require(token, field, 20, mayBeEmpty);
    if (!token.matches("[A-Za-z0-9_-]*")) {
      throw new IllegalArgumentException(field + " may hold only letters, digits, '-' and '_'");
    }
  }

  @Override
  public PayloadType type() {
    return PayloadType.ROTATE_PSEUDONYM;
  }
}
