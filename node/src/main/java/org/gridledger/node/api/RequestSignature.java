package org.gridledger.node.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.crypto.Signature;

/**
 * Signed requests, how a participant reads its private data: the header {@code Authorization:
 * GridLedger key=HEX, ts=ISO-8601, sig=BASE64}, where {@code sig} is the Ed25519 signature of
 * {@code METHOD + "\n" + PATH_AND_QUERY + "\n" + ts} by that key. A signature is valid for five
 * minutes either side of the server's clock.
 */
public final class RequestSignature {
  public static final String SCHEME = "GridLedger";
  public static final Duration WINDOW = Duration.ofMinutes(5);

  private RequestSignature() {}

  public static String header(KeyPair keys, String method, String pathAndQuery, Instant now) {
    String ts = now.toString();
    Signature sig = keys.sign(message(method, pathAndQuery, ts));
    return SCHEME + " key=" + keys.publicKey().toHex() + ", ts=" + ts + ", sig=" + sig.toBase64();
  }

  private static byte[] message(String method, String pathAndQuery, String ts) {
    return (method + "\n" + pathAndQuery + "\n" + ts).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The key that signed this request.
   *
   * @throws ApiError 401 naming what is wrong with the header
   */
  public static PublicKey verify(String header, String method, String pathAndQuery, Instant now) {
    if (header == null || !header.startsWith(SCHEME + " ")) {
      throw ApiError.unauthenticated(
          "this resource is private: sign the request (Authorization: GridLedger key=…, ts=…, sig=…)");
    }
    Map<String, String> fields = new HashMap<>();
    for (String part : header.substring(SCHEME.length() + 1).split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        fields.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    try {
      PublicKey key = PublicKey.fromHex(fields.get("key"));
      String ts = fields.get("ts");
      Instant signedAt = Instant.parse(ts);
      if (Duration.between(signedAt, now).abs().compareTo(WINDOW) > 0) {
        throw ApiError.unauthenticated(
            "the request signature's time " + ts + " is outside the 5-minute window");
      }
      Signature sig = Signature.wrap(Base64.getDecoder().decode(fields.get("sig")));
      if (!key.verify(sig, message(method, pathAndQuery, ts))) {
        throw ApiError.unauthenticated("the request signature does not match its key");
      }
      return key;
    } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
      throw ApiError.unauthenticated("malformed Authorization header: needs key, ts and sig");
    }
  }
}
