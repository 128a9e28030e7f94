package org.gridledger.ledger.chain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.tx.Transaction;

/**
 * The checks of a block that need no state: its place on its parent, its proposer and signature,
 * its transaction root, its attestations, and its transactions' signatures. Shared by {@link
 * Chain#apply} (a block another authority proposed) and the chain verifier. Each answers a problem
 * naming the height, or null when the block passes. Stateless and thread-safe.
 */
public final class BlockChecks {
  private BlockChecks() {}

  /**
   * Everything but the transactions' signatures and their execution.
   *
   * @param parentHash the hash of the block at {@code height - 1}
   * @param parentTime its time: the block may not be older
   */
  public static String header(
      Block block, long height, Hash parentHash, long parentTime, List<PublicKey> authorities) {
    BlockHeader header = block.header();
    if (header.height() != height) {
      return "block " + height + " says it is at height " + header.height();
    }
    if (!header.previous().equals(parentHash)) {
      return "block " + height + " does not link to block " + (height - 1);
    }
    if (header.timestampMillis() < parentTime) {
      return "block " + height + " is older than its parent";
    }
    if (!authorities.contains(header.proposer())) {
      return "block " + height + " was proposed by " + header.proposer() + ", not an authority";
    }
    if (!block.hasValidSignature()) {
      return "block " + height + " is not signed by its proposer";
    }
    if (!Block.txRoot(block.transactions()).equals(header.txRoot())) {
      return "block " + height + " has a wrong transaction root";
    }
    return attestations(block, authorities);
  }

  /**
   * Each attestation is by an authority other than the proposer, at most once, and signs the hash
   * of the block before.
   */
  public static String attestations(Block block, List<PublicKey> authorities) {
    BlockHeader header = block.header();
    Set<PublicKey> seen = new HashSet<>();
    for (Attestation a : header.attestations()) {
      if (!authorities.contains(a.authority()) || a.authority().equals(header.proposer())) {
        return "block "
            + header.height()
            + " carries an attestation by "
            + a.authority()
            + ", not another authority";
      }
      if (!seen.add(a.authority())) {
        return "block " + header.height() + " carries two attestations by " + a.authority();
      }
      if (!a.verifies(header.previous())) {
        return "block "
            + header.height()
            + " carries a bad attestation by "
            + a.authority()
            + " of block "
            + (header.height() - 1);
      }
    }
    return null;
  }

  /** Every transaction's signature, checked in parallel. */
  public static String transactionSignatures(Block block) {
    List<Transaction> txs = block.transactions();
    Optional<Integer> bad =
        IntStream.range(0, txs.size())
            .parallel()
            .filter(i -> !txs.get(i).hasValidSignature())
            .boxed()
            .findFirst();
    return bad.map(
            i ->
                "block "
                    + block.height()
                    + ": transaction "
                    + i
                    + " ("
                    + txs.get(i).hash()
                    + ") has a bad signature")
        .orElse(null);
  }
}
