package org.gridledger.ledger.tx;

import java.util.Objects;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.codec.CodecException;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.crypto.Signature;

/**
 * The signed envelope of every transaction. Its canonical encoding is
 *
 * <pre>
 * u8 version | u16-length UTF-8 chain id | 32 B sender key | i64 nonce | u16 payload type |
 * payload fields | 64 B Ed25519 signature
 * </pre>
 *
 * <p>The signature covers every byte before it; the transaction's hash is the SHA-256 of the whole
 * encoding. Immutable and thread-safe.
 */
public final class Transaction {
  public static final int VERSION = 1;

  /** The largest encoded transaction the ledger accepts. */
  public static final int MAX_BYTES = 1024 * 1024;

  private final int version;
  private final String chainId;
  private final PublicKey sender;
  private final long nonce;
  private final Payload payload;
  private final Signature signature;
  private final byte[] encoded;
  private final int signedLength;
  private final Hash hash;
  private volatile Boolean signatureValid;

  private Transaction(
      int version,
      String chainId,
      PublicKey sender,
      long nonce,
      Payload payload,
      Signature signature,
      byte[] encoded) {
    this.version = version;
    this.chainId = chainId;
    this.sender = sender;
    this.nonce = nonce;
    this.payload = payload;
    this.signature = signature;
    this.encoded = encoded;
    this.signedLength = encoded.length - Signature.SIZE;
    this.hash = Hash.sha256(encoded);
  }

  /** Builds and signs a transaction of the current format version. */
  public static Transaction sign(KeyPair keys, String chainId, long nonce, Payload payload) {
    Objects.requireNonNull(payload, "payload");
    ByteWriter out = new ByteWriter(160);
    writeSigned(out, VERSION, chainId, keys.publicKey(), nonce, payload);
    byte[] signed = out.toBytes();
    Signature signature = keys.sign(signed);
    byte[] encoded = out.signature(signature).toBytes();
    return new Transaction(VERSION, chainId, keys.publicKey(), nonce, payload, signature, encoded);
  }

  /**
   * Assembles a transaction from its fields and a signature made elsewhere (a JSON envelope): the
   * signature is not checked here.
   */
  public static Transaction assemble(
      int version,
      String chainId,
      PublicKey sender,
      long nonce,
      Payload payload,
      Signature signature) {
    ByteWriter out = new ByteWriter(160);
    writeSigned(out, version, chainId, sender, nonce, payload);
    return decode(out.signature(signature).toBytes());
  }

  private static void writeSigned(
      ByteWriter out, int version, String chainId, PublicKey sender, long nonce, Payload payload) {
    out.u8(version).string(chainId).key(sender).i64(nonce);
    PayloadCodec.write(payload, out);
  }

  /**
   * Decodes a transaction. The signature is not checked here: see {@link #hasValidSignature()}.
   *
   * @throws CodecException if the bytes are not exactly one well-formed transaction
   */
  public static Transaction decode(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new CodecException("a transaction may have at most " + MAX_BYTES + " bytes");
    }
    ByteReader in = new ByteReader(bytes);
    int version = in.u8("version");
    if (version != VERSION) {
      throw new CodecException("unsupported transaction format version " + version);
    }
    String chainId = in.string("chain id");
    PublicKey sender = in.key("sender");
    long nonce = in.i64("nonce");
    if (nonce < 0) {
      throw new CodecException("nonce must not be negative");
    }
    Payload payload = PayloadCodec.read(in);
    Signature signature = in.signature("signature");
    in.expectEnd("transaction");
    return new Transaction(version, chainId, sender, nonce, payload, signature, bytes.clone());
  }

  /**
   * Whether the signature is the sender's over this transaction's signed bytes. Verified once and
   * remembered, so a batch can be verified in parallel before it is admitted in order.
   */
  public boolean hasValidSignature() {
    Boolean valid = signatureValid;
    if (valid == null) {
      valid = sender.verify(signature, encoded, 0, signedLength);
      signatureValid = valid;
    }
    return valid;
  }

  public int version() {
    return version;
  }

  public String chainId() {
    return chainId;
  }

  public PublicKey sender() {
    return sender;
  }

  public long nonce() {
    return nonce;
  }

  public Payload payload() {
    return payload;
  }

  public Signature signature() {
    return signature;
  }

  public Hash hash() {
    return hash;
  }

  /** The canonical encoding (a copy). */
  public byte[] encoded() {
    return encoded.clone();
  }

  public int size() {
    return encoded.length;
  }

  /** Writes the canonical encoding, prefixed by its length, into a block body. */
  public void writeTo(ByteWriter out) {
    out.bytes(encoded);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Transaction other && hash.equals(other.hash);
  }

  @Override
  public int hashCode() {
    return hash.hashCode();
  }

  @Override
  public String toString() {
    return payload.type().jsonName()
        + "["
        + hash.toHex().substring(0, 12)
        + " from "
        + sender.shortHex()
        + " #"
        + nonce
        + "]";
  }
}
