package org.gridledger.node.api;

import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;

/** Parses path parameters, refusing bad ones with a 400 that names them. */
final class Paths {
  private Paths() {}

  static Hash hash(String text) {
    try {
      return Hash.fromHex(text);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("bad_parameter", e.getMessage());
    }
  }

  static PublicKey key(String text) {
    try {
      return PublicKey.fromHex(text);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("bad_parameter", e.getMessage());
    }
  }

  static long height(String text) {
    try {
      long height = Long.parseLong(text);
      if (height < 0) {
        throw new NumberFormatException();
      }
      return height;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(
          "bad_parameter", "a height is a whole number from 0, not \"" + text + "\"");
    }
  }
}
