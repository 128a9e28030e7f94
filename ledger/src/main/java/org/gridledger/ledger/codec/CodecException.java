package org.gridledger.ledger.codec;

/** Bytes that do not decode: truncated, oversized, or holding an impossible value. */
public final class CodecException extends RuntimeException {
  public CodecException(String message) {
    super(message);
  }
}
