package org.gridledger.ledger;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.ledger.chain.Genesis;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.exec.RuleBook;
import org.gridledger.ledger.exec.TransactionExecutor;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.tx.Deposit;
import org.gridledger.ledger.tx.Payload;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.units.Money;

/** A real chain in a temporary RocksDB store, with a DSO and helpers to sign and commit. */
public final class TestLedger implements AutoCloseable {
  public static final String CHAIN = "test-chain";
  private final Random random;
  private final Map<PublicKey, Long> nonces = new HashMap<>();
  public final KeyPair dso;
  public final ChainStore store;
  public final TransactionExecutor executor;
  public final Chain chain;

  /** 2026-01-01T00:00:00Z, the chain's genesis time. */
  public static final long GENESIS_TIME = 1_767_225_600_000L;

  private long time = GENESIS_TIME;

  public TestLedger(Path directory, long seed) {
    this(directory, seed, RuleBook.core());
  }

  /** A chain running {@code rules} (the core rules and a module's). */
  public TestLedger(Path directory, long seed, RuleBook rules) {
    random = new Random(seed);
    dso = KeyPair.fromSeed(random);
    store = ChainStore.open(directory, false);
    executor = new TransactionExecutor(CHAIN, rules);
    chain = Chain.found(store, Genesis.of(CHAIN, time, dso.publicKey()), executor);
  }

  /** Sets the time of the next block (it never goes back), in epoch milliseconds. */
  public void at(long epochMillis) {
    time = Math.max(time, epochMillis - 1000);
  }

  public long time() {
    return time;
  }

  /**
   * The sum of every account's balance, system accounts included: zero while money is conserved.
   */
  public long sumOfAllBalances() {
    long[] sum = {0};
    store.forEachInNamespace(
        "acct", (key, value) -> sum[0] += java.nio.ByteBuffer.wrap(value).getLong());
    return sum[0];
  }

  public KeyPair newKey() {
    return KeyPair.fromSeed(random);
  }

  public Transaction sign(KeyPair sender, Payload payload) {
    long nonce = nonces.merge(sender.publicKey(), 1L, Long::sum) - 1;
    return Transaction.sign(sender, CHAIN, nonce, payload);
  }

  /** Proposes a block of {@code txs} (signatures checked) and commits it. */
  public Proposal commit(List<Transaction> txs) {
    time += 1000;
    Proposal proposal = chain.propose(txs, time, dso, List.of(), true);
    chain.commit(proposal);
    // a refused transaction's nonce stays free
    proposal.rejected().forEach(r -> nonces.merge(r.transaction().sender(), -1L, Long::sum));
    return proposal;
  }

  public Proposal commit(Transaction... txs) {
    return commit(List.of(txs));
  }

  /** Registers a participant and deposits {@code micros} for it. */
  public KeyPair participant(String name, long micros, Role... roles) {
    KeyPair keys = newKey();
    commit(sign(dso, new RegisterParticipant(keys.publicKey(), name, Set.of(roles))));
    if (micros > 0) {
      commit(sign(dso, new Deposit(keys.publicKey(), Money.micros(micros), "test")));
    }
    return keys;
  }

  public long balance(KeyPair keys) {
    return Accounts.balance(store, AccountId.of(keys.publicKey())).micros();
  }

  public long gatewayBalance() {
    return Accounts.balance(store, AccountId.GATEWAY).micros();
  }

  @Override
  public void close() {
    store.close();
  }
}
