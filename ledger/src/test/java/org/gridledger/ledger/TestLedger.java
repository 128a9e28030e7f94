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
  private long time = 1_767_225_600_000L;

  public TestLedger(Path directory, long seed) {
    random = new Random(seed);
    dso = KeyPair.fromSeed(random);
    store = ChainStore.open(directory, false);
    executor = new TransactionExecutor(CHAIN, RuleBook.core());
    chain = Chain.found(store, Genesis.of(CHAIN, time, dso.publicKey()), executor);
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
