package org.gridledger.mobility.ocpp;

import java.nio.charset.StandardCharsets;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.Hex;
import org.gridledger.ledger.crypto.KeyPair;

/**
 * The charge point's OCPP authorization key (security profile 1 style: HTTP Basic, user = charge
 * point identity). It is derived from the device key, so only the holder of the device key knows
 * it: the first 10 bytes of SHA-256 of the Ed25519 signature (deterministic) of {@code
 * "gridledger-ocpp/" + identity}, as 20 hex characters. The ledger keeps only its SHA-256.
 */
public final class OcppAuth {
  private OcppAuth() {}

  public static String password(KeyPair device, String identity) {
    byte[] sig =
        device.sign(("gridledger-ocpp/" + identity).getBytes(StandardCharsets.UTF_8)).toBytes();
    return Hex.encode(Hash.sha256(sig).toBytes()).substring(0, 20);
  }

  /** What the DSO registers: SHA-256 of the password's bytes. */
  public static Hash hash(String password) {
    return Hash.sha256(password.getBytes(StandardCharsets.UTF_8));
  }

  static boolean matches(byte[] password, Hash registered) {
    return password != null
        && java.security.MessageDigest.isEqual(
            Hash.sha256(password).toBytes(), registered.toBytes());
  }
}
