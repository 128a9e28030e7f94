package org.gridledger.ledger.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.crypto.PublicKey;
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
  private volatile List<PublicKey> authorities;

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

  /** The keys allowed to propose and attest blocks, from the genesis. */
  public List<PublicKey> authorities() {
    List<PublicKey> keys = authorities;
    if (keys == null) {
      keys = genesis().authorities();
      authorities = keys;
    }
    return keys;
  }

  /**
   * Verifies a block another authority proposed on the head and commits it: its place on the head,
   * proposer, signature, transaction root and attestations ({@link BlockChecks}), every
   * transaction's signature, then its execution, which must keep every transaction and reproduce
   * the header's state root. Deterministic: nodes with the same head decide the same of the same
   * block. Call from one thread at a time, as {@link #commit}.
   */
  public Applied apply(Block block) {
    Head parent = head;
    long height = parent.height() + 1;
    String problem =
        BlockChecks.header(block, height, parent.hash(), parent.timestampMillis(), authorities());
    if (problem == null) {
      problem = BlockChecks.transactionSignatures(block);
    }
    if (problem != null) {
      return new Applied.Refused(problem);
    }
    StateOverlay state = new StateOverlay(store);
    List<Transaction> txs = block.transactions();
    long time = block.header().timestampMillis();
    for (int i = 0; i < txs.size(); i++) {
      if (executor.execute(txs.get(i), state, height, time, false) instanceof Refusal r) {
        return new Applied.Refused(
            "block " + height + ": transaction " + i + " is refused: " + r.message());
      }
    }
    var writes = state.toWriteSet();
    if (!writes.nextRoot(parent.stateRoot()).equals(block.header().stateRoot())) {
      return new Applied.Refused("block " + height + ": the state root differs from the replay's");
    }
    Proposal proposal = new Proposal(block, writes, List.of(), List.of());
    commit(proposal);
    return new Applied.Committed(proposal);
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
