package org.gridledger.ledger.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.Refusal;
import org.gridledger.ledger.exec.TransactionExecutor;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.store.Head;
import org.gridledger.ledger.store.StoreException;
import org.gridledger.ledger.tx.Transaction;

/**
 * The chain: builds blocks on its head by executing transactions, and commits them to the store.
 * One proposal at a time extends the head; reads may run concurrently with it.
 */
public final class Chain {
  private final ChainStore store;
  private final TransactionExecutor executor;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Anchors anchors = Anchors.NONE;
  private volatile Head head;

  private Chain(ChainStore store, TransactionExecutor executor, Head head) {
    this.store = store;
    this.executor = executor;
    this.head = head;
  }

  /** Sets what the blocks this chain proposes anchor (none by default). */
  public void anchor(Anchors source) {
    this.anchors = source;
  }

  /** Founds a new chain from {@code genesis} in an empty store. */
  public static Chain found(ChainStore store, Genesis genesis, TransactionExecutor executor) {
    if (!genesis.chainId().equals(executor.chainId())) {
      throw new IllegalArgumentException("the executor serves another chain");
    }
    var writes = genesis.stateWrites(key -> null);
    Block block = genesis.block(writes);
    store.writeGenesis(genesis.encode(), block, writes);
    return open(store, executor);
  }

  /** Opens the chain an initialised store holds. */
  public static Chain open(ChainStore store, TransactionExecutor executor) {
    Head head =
        store
            .head()
            .orElseThrow(
                () ->
                    new StoreException(
                        "the store in "
                            + store.directory()
                            + " holds no chain: initialise it first"));
    return new Chain(store, executor, head);
  }

  public Head head() {
    return head;
  }

  public ChainStore store() {
    return store;
  }

  public TransactionExecutor executor() {
    return executor;
  }

  public Genesis genesis() {
    return Genesis.decode(
        store
            .genesisDocument()
            .orElseThrow(() -> new StoreException("the store has no genesis document")));
  }

  /**
   * Builds the next block from {@code candidates} in order, leaving out those that execution
   * refuses (a later transaction of the same sender then fails on its nonce and is left out too).
   *
   * @param checkSignatures false for candidates whose signatures the pool already verified
   */
  public Proposal propose(
      List<Transaction> candidates,
      long timeMillis,
      KeyPair proposer,
      List<Attestation> attestations,
      boolean checkSignatures) {
    Head parent = head;
    long height = parent.height() + 1;
    long time = Math.max(timeMillis, parent.timestampMillis());
    StateOverlay state = new StateOverlay(store);
    List<Transaction> included = new ArrayList<>(candidates.size());
    List<Proposal.Rejected> rejected = new ArrayList<>();
    for (Transaction tx : candidates) {
      Outcome outcome = executor.execute(tx, state, height, time, checkSignatures);
      if (outcome instanceof Refusal refusal) {
        rejected.add(new Proposal.Rejected(tx, refusal));
      } else {
        included.add(tx);
      }
    }
    var writes = state.toWriteSet();
    Anchors.Batch anchored = anchors.prepare(height);
    BlockHeader header =
        new BlockHeader(
            BlockHeader.VERSION,
            height,
            parent.hash(),
            time,
            included.size(),
            Block.txRoot(included),
            anchored.root(),
            writes.nextRoot(parent.stateRoot()),
            proposer.publicKey(),
            attestations);
    return new Proposal(
        Block.sign(header, included, proposer), writes, anchored.writes(), rejected);
  }

  /**
   * Commits a proposal built on the current head.
   *
   * @throws IllegalStateException if the head moved since the proposal was built
   */
  public void commit(Proposal proposal) {
    BlockHeader header = proposal.block().header();
    lock.lock();
    try {
      if (header.height() != head.height() + 1 || !header.previous().equals(head.hash())) {
        throw new IllegalStateException(
            "proposal for height "
                + header.height()
                + " does not extend the head at "
                + head.height());
      }
      try {
        store.append(proposal.block(), proposal.writes(), proposal.anchorWrites());
      } catch (RuntimeException e) {
        anchors.settled(header.height(), false);
        throw e;
      }
      head = new Head(header.height(), header.hash(), header.timestampMillis(), header.stateRoot());
    } finally {
      lock.unlock();
    }
    anchors.settled(header.height(), true);
  }
}
