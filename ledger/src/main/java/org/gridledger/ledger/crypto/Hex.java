package org.gridledger.ledger.crypto;

import java.util.HexFormat;

/** Lower-case hexadecimal, the form keys and hashes take in files, URLs and JSON. */
public final class Hex {
  private static final HexFormat FORMAT = HexFormat.of();

  private Hex() {}

  public static String encode(byte[] bytes) {
    return FORMAT.formatHex(bytes);
  }

  /**
   * Decodes {@code text} that must hold exactly {@code length} bytes.
   *
   * @throws IllegalArgumentException naming what is wrong with the text
   */
  public static byte[] decode(String text, int length, String what) {
    if (text == null || text.length() != 2 * length) {
      throw new IllegalArgumentException(
          what + " must be " + 2 * length + " hexadecimal characters");
    }
    try {
      return FORMAT.parseHex(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " is not hexadecimal: " + text, e);
    }
  }
}
