package org.gridledger.ledger.pool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.gridledger.ledger.account.Account;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.Refusal;
import org.gridledger.ledger.exec.TransactionExecutor;
import org.gridledger.ledger.state.StateReader;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.units.Money;

/**
 * Transactions waiting for a block. Admission checks the signature (in the caller's thread, so
 * request threads verify in parallel), the chain, the sender's registration, its next nonce and
 * whether its balance covers what its pending transactions may take. Admitted transactions leave in
 * arrival order, which keeps each sender's nonces in order. Thread-safe.
 */
public final class Mempool {
  private final TransactionExecutor executor;
  private final StateReader committed;
  private final int capacity;
  private final ConcurrentLinkedQueue<Transaction> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final Map<PublicKey, Pending> bySender = new HashMap<>();
  private final Map<Hash, CompletableFuture<TxStatus>> waiting = new ConcurrentHashMap<>();
  private final ReentrantLock signal = new ReentrantLock();
  private final Condition arrived = signal.newCondition();

  /** What a sender has in flight: the nonce it must use next, and the most it may be debited. */
  private static final class Pending {
    long nextNonce;
    long debit;
    int count;
  }

  public Mempool(TransactionExecutor executor, StateReader committed, int capacity) {
    this.executor = executor;
    this.committed = committed;
    this.capacity = capacity;
  }

  public Admission admit(Transaction tx) {
    CompletableFuture<TxStatus> settled = new CompletableFuture<>();
    Outcome outcome = check(tx, settled);
    return new Admission(outcome, outcome.isApplied() ? settled : null);
  }

  private Outcome check(Transaction tx, CompletableFuture<TxStatus> settled) {
    Outcome statics = executor.checkStatic(tx, true);
    if (!statics.isApplied()) {
      return statics;
    }
    if (TransactionExecutor.sender(committed, tx).isEmpty()) {
      return TransactionExecutor.unknownSender(tx);
    }
    if (waiting.containsKey(tx.hash())) {
      return Refusal.of(Reason.DUPLICATE, "transaction " + tx.hash() + " is already pending");
    }
    synchronized (bySender) {
      if (size.get() >= capacity) {
        return Refusal.of(
            Reason.POOL_FULL, "the pool holds " + capacity + " transactions; retry shortly");
      }
      Pending pending = bySender.get(tx.sender());
      Account account = Accounts.get(committed, AccountId.of(tx.sender()));
      long nextNonce = pending == null ? account.nonce() : pending.nextNonce;
      Outcome nonce = TransactionExecutor.checkNonce(tx.nonce(), nextNonce);
      if (!nonce.isApplied()) {
        return nonce;
      }
      Money debit = tx.payload().maxDebit(tx.sender());
      long owed = (pending == null ? 0 : pending.debit) + debit.micros();
      if (debit.isPositive() && owed > account.balance().micros()) {
        return Refusal.of(
            Reason.INSUFFICIENT_FUNDS,
            "the balance of "
                + account.balance().micros()
                + " µ does not cover "
                + owed
                + " µ pending");
      }
      if (pending == null) {
        pending = new Pending();
        bySender.put(tx.sender(), pending);
      }
      pending.nextNonce = nextNonce + 1;
      pending.debit = owed;
      pending.count++;
      waiting.put(tx.hash(), settled);
      queue.add(tx);
    }
    if (size.incrementAndGet() == 1) {
      wake();
    }
    return Outcome.APPLIED;
  }

  /** The nonce {@code sender}'s next transaction must carry, counting those pending here. */
  public long nextNonce(PublicKey sender) {
    synchronized (bySender) {
      Pending pending = bySender.get(sender);
      return pending != null
          ? pending.nextNonce
          : Accounts.get(committed, AccountId.of(sender)).nonce();
    }
  }

  /** Takes up to {@code max} transactions in arrival order for the next block. */
  public List<Transaction> take(int max) {
    List<Transaction> out = new ArrayList<>(Math.min(max, size.get()));
    Transaction tx;
    while (out.size() < max && (tx = queue.poll()) != null) {
      out.add(tx);
    }
    size.addAndGet(-out.size());
    return out;
  }

  /** Waits until at least {@code count} transactions are waiting, or the timeout passes. */
  public void awaitAtLeast(int count, long timeoutNanos) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutNanos;
    signal.lock();
    try {
      long left;
      while (size.get() < count && (left = deadline - System.nanoTime()) > 0) {
        arrived.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(5)));
      }
    } finally {
      signal.unlock();
    }
  }

  private void wake() {
    signal.lock();
    try {
      arrived.signalAll();
    } finally {
      signal.unlock();
    }
  }

  /** Releases what a committed proposal settles, and tells every waiter. */
  public void settled(Proposal proposal) {
    var included = proposal.block().transactions();
    synchronized (bySender) {
      included.forEach(this::release);
      for (Proposal.Rejected r : proposal.rejected()) {
        release(r.transaction());
        Pending pending = bySender.get(r.transaction().sender());
        if (pending != null) {
          pending.nextNonce = Math.min(pending.nextNonce, r.transaction().nonce());
        }
      }
    }
    long height = proposal.block().height();
    for (int i = 0; i < included.size(); i++) {
      complete(included.get(i).hash(), new TxStatus.Committed(height, i));
    }
    for (Proposal.Rejected r : proposal.rejected()) {
      complete(r.transaction().hash(), new TxStatus.Rejected(r.refusal()));
    }
  }

  private void release(Transaction tx) {
    Pending pending = bySender.get(tx.sender());
    if (pending == null) {
      return;
    }
    pending.debit -= tx.payload().maxDebit(tx.sender()).micros();
    if (--pending.count == 0) {
      bySender.remove(tx.sender());
    }
  }

  private void complete(Hash hash, TxStatus status) {
    CompletableFuture<TxStatus> future = waiting.remove(hash);
    if (future != null) {
      future.complete(status);
    }
  }

  /** Whether {@code hash} is waiting in the pool or in a block being built. */
  public Optional<CompletableFuture<TxStatus>> pending(Hash hash) {
    return Optional.ofNullable(waiting.get(hash));
  }

  public int size() {
    return size.get();
  }
}
