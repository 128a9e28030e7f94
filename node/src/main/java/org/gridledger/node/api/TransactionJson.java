package org.gridledger.node.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import org.gridledger.ledger.crypto.Signature;
import org.gridledger.ledger.tx.Transaction;

/**
 * The JSON envelope of a transaction: {@code {"version", "chain_id", "sender" (hex), "nonce",
 * "payload": {...}, "signature" (base64)}}, or {@code {"raw": base64 of the canonical bytes}}.
 * Either form yields the same canonical transaction, whose signature covers the binary encoding.
 */
public final class TransactionJson {
  private TransactionJson() {}

  /**
   * Reads either JSON form.
   *
   * @throws IllegalArgumentException or {@code CodecException} naming what is malformed
   */
  public static Transaction read(JsonNode in) {
    if (in == null || !in.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object");
    }
    if (in.has("raw")) {
      return Transaction.decode(base64(in, "raw"));
    }
    JsonNode version = in.get("version");
    JsonNode nonce = in.get("nonce");
    if (version == null
        || !version.canConvertToInt()
        || nonce == null
        || !nonce.canConvertToLong()) {
      throw new IllegalArgumentException("\"version\" and \"nonce\" must be whole numbers");
    }
    JsonNode payload = in.get("payload");
    if (payload == null || !payload.isObject()) {
      throw new IllegalArgumentException("\"payload\" must be an object");
    }
    return Transaction.assemble(
        version.asInt(),
        PayloadJson.text(in, "chain_id"),
        PayloadJson.key(in, "sender"),
        nonce.asLong(),
        PayloadJson.read(payload),
        Signature.wrap(base64(in, "signature")));
  }

  private static byte[] base64(JsonNode in, String field) {
    try {
      return Base64.getDecoder().decode(PayloadJson.text(in, field));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"" + field + "\" is not base64", e);
    }
  }

  public static ObjectNode write(Transaction tx) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("hash", tx.hash().toHex())
        .put("version", tx.version())
        .put("chain_id", tx.chainId())
        .put("sender", tx.sender().toHex())
        .put("nonce", tx.nonce());
    out.set("payload", PayloadJson.write(tx.payload()));
    out.put("signature", tx.signature().toBase64());
    return out;
  }
}
