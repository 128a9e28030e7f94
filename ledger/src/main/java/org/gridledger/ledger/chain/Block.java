package org.gridledger.ledger.chain;

import java.util.ArrayList;
import java.util.List;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.codec.CodecException;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.crypto.Signature;
import org.gridledger.ledger.tx.Transaction;

/**
 * A block: its header, the proposer's signature over the header's hash, and the transactions in
 * execution order. Encoded as header | signature | i32 count | length-prefixed transactions.
 */
public record Block(BlockHeader header, Signature signature, List<Transaction> transactions) {
  /** The signature of the genesis block, which nobody signs: its hash is the chain's identity. */
  public static final Signature UNSIGNED = Signature.wrap(new byte[Signature.SIZE]);

  private static final int MAX_TXS = 1_000_000;

  public Block {
    transactions = List.copyOf(transactions);
    if (transactions.size() != header.txCount()) {
      throw new IllegalArgumentException(
          "the header counts "
              + header.txCount()
              + " transactions, the body holds "
              + transactions.size());
    }
  }

  public static Block sign(BlockHeader header, List<Transaction> transactions, KeyPair proposer) {
    return new Block(header, proposer.sign(header.hash().toBytes()), transactions);
  }

  public Hash hash() {
    return header.hash();
  }

  public long height() {
    return header.height();
  }

  public boolean hasValidSignature() {
    return header.proposer().verify(signature, header.hash().toBytes());
  }

  public static Hash txRoot(List<Transaction> transactions) {
    List<Hash> hashes = new ArrayList<>(transactions.size());
    for (Transaction tx : transactions) {
      hashes.add(tx.hash());
    }
    return MerkleTree.root(hashes);
  }

  public byte[] encode() {
    int size = 512;
    for (Transaction tx : transactions) {
      size += tx.size() + 4;
    }
    ByteWriter out = new ByteWriter(size);
    header.writeTo(out);
    out.signature(signature).i32(transactions.size());
    for (Transaction tx : transactions) {
      tx.writeTo(out);
    }
    return out.toBytes();
  }

  /**
   * Decodes a block; transaction signatures are not checked here.
   *
   * @throws CodecException if the bytes are not exactly one well-formed block
   */
  public static Block decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    BlockHeader header = BlockHeader.readFrom(in);
    Signature signature = in.signature("block signature");
    int count = in.i32("tx count");
    if (count < 0 || count > MAX_TXS || count != header.txCount()) {
      throw new CodecException(
          "the body holds " + count + " transactions, the header " + header.txCount());
    }
    List<Transaction> txs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      txs.add(Transaction.decode(in.bytes(Transaction.MAX_BYTES, "transaction " + i)));
    }
    in.expectEnd("block");
    return new Block(header, signature, txs);
  }
}
