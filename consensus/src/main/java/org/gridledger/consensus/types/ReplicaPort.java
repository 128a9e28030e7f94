package org.gridledger.consensus.types;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gridledger.ledger.chain.Applied;
import org.gridledger.ledger.chain.Attestation;
import org.gridledger.ledger.chain.Block;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.store.Head;
import org.gridledger.ledger.tx.Transaction;

/**
 * All that the cluster of authorities knows of one node's ledger, beyond {@link LedgerPort}: the
 * head, blocks proposed elsewhere, attestations, and copies of the store for Raft snapshots. The
 * methods that change the chain ({@link #commit}, {@link #apply}, {@link #importBlocks}) are called
 * from the Raft state machine's one thread, in log order.
 */
public interface ReplicaPort extends LedgerPort {
  /** The last committed block. */
  Head head();

  /** The hash of the committed block at {@code height}, if there is one. */
  Optional<Hash> blockHash(long height);

  /** This node's authority key. */
  PublicKey self();

  /** The keys allowed to propose and attest blocks (the genesis's authorities). */
  List<PublicKey> authorities();

  /** Builds a signed block on the head carrying {@code attestations} of the head. */
  Proposal propose(List<Transaction> transactions, long timeMillis, List<Attestation> attestations);

  /**
   * Verifies a block another authority proposed on the head and commits it, telling whoever waits
   * on its transactions; or refuses it, leaving the chain as it was. Deterministic.
   */
  Applied apply(Block block);

  /** This node's signature over the hash of a committed block. */
  Attestation attest(Hash block);

  /** Writes a consistent copy of the whole store to {@code target}, which must not exist. */
  void checkpoint(Path target);

  /**
   * Applies, through {@link #apply}, the blocks that the store copied into {@code directory} holds
   * above the head: the blocks are verified, not trusted.
   *
   * @return the head height afterwards
   * @throws IllegalStateException if the copy does not extend this chain
   */
  long importBlocks(Path directory);

  /**
   * Hands transactions that reached this node but that it will not put in a block to the current
   * leader, in order. Answers false if no leader could take them (keep them and try later).
   */
  boolean forward(List<Transaction> transactions);
}
