package org.gridledger.ledger.verify;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridledger.ledger.chain.Block;
import org.gridledger.ledger.chain.BlockChecks;
import org.gridledger.ledger.chain.Genesis;
import org.gridledger.ledger.codec.CodecException;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.Refusal;
import org.gridledger.ledger.exec.TransactionExecutor;
import org.gridledger.ledger.state.Key;
import org.gridledger.ledger.state.MemoryState;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.state.WriteSet;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.store.Head;
import org.gridledger.ledger.store.StoreException;
import org.gridledger.ledger.store.TxLocation;
import org.gridledger.ledger.tx.Transaction;

/**
 * Replays a stored chain from its genesis document in memory and checks every block: encoding,
 * height, link to its parent, time, proposer and signature, transaction root, the attestations of
 * the other authorities, every transaction's signature (in parallel), execution, state root and
 * transaction index; then compares the stored state with the replayed one, key by key. Trusts
 * nothing in the store but the genesis document, whose hash block 0 must carry.
 */
public final class ChainVerifier {
  private final ChainStore store;
  private final TransactionExecutor executor;

  public ChainVerifier(ChainStore store, TransactionExecutor executor) {
    this.store = store;
    this.executor = executor;
  }

  public VerificationReport verify() {
    Optional<Head> head = store.head();
    Optional<byte[]> document = store.genesisDocument();
    if (head.isEmpty() || document.isEmpty()) {
      return VerificationReport.bad(-1, 0, "the store holds no chain", 0);
    }
    long top = head.get().height();
    Genesis genesis;
    try {
      genesis = Genesis.decode(document.get());
    } catch (CodecException | IllegalArgumentException e) {
      return VerificationReport.bad(
          top, 0, "the genesis document is corrupt: " + e.getMessage(), 0);
    }
    MemoryState state = new MemoryState();
    Map<Key, Long> lastWritten = new HashMap<>();
    WriteSet founding = genesis.stateWrites(state);
    Block expected = genesis.block(founding);
    Optional<byte[]> stored0 = store.rawBlock(0);
    if (stored0.isEmpty() || !Arrays.equals(stored0.get(), expected.encode())) {
      return VerificationReport.bad(top, 0, "block 0 does not match the genesis document", 0);
    }
    apply(state, lastWritten, founding, 0);
    Block parent = expected;
    long transactions = 0;
    for (long h = 1; h <= top; h++) {
      Block block;
      try {
        block = Block.decode(store.rawBlock(h).orElseThrow(() -> new CodecException("missing")));
      } catch (CodecException | IllegalArgumentException e) {
        return VerificationReport.bad(
            top, h, "block " + h + " does not decode: " + e.getMessage(), transactions);
      } catch (StoreException e) {
        return VerificationReport.bad(
            top, h, "block " + h + " cannot be read: " + e.getMessage(), transactions);
      }
      String problem = checkLinks(block, parent, h, genesis.authorities());
      if (problem == null) {
        problem = checkTransactions(block);
      }
      WriteSet writes = null;
      if (problem == null) {
        StateOverlay overlay = new StateOverlay(state);
        problem = execute(block, overlay);
        writes = overlay.toWriteSet();
        if (problem == null
            && !writes.nextRoot(parent.header().stateRoot()).equals(block.header().stateRoot())) {
          problem = "the state root differs from the replay's";
        }
      }
      if (problem != null) {
        return VerificationReport.bad(top, h, problem, transactions);
      }
      apply(state, lastWritten, writes, h);
      transactions += block.transactions().size();
      parent = block;
    }
    if (!parent.hash().equals(head.get().hash())
        || !parent.header().stateRoot().equals(head.get().stateRoot())) {
      return VerificationReport.bad(
          top, top, "the head record does not match block " + top, transactions);
    }
    String drift = compareState(state, lastWritten);
    if (drift != null) {
      long height = Long.parseLong(drift.substring(0, drift.indexOf(' ')));
      return VerificationReport.bad(
          top, height, drift.substring(drift.indexOf(' ') + 1), transactions);
    }
    return VerificationReport.sound(top, transactions);
  }

  private static String checkLinks(Block block, Block parent, long h, List<PublicKey> authorities) {
    return BlockChecks.header(
        block, h, parent.hash(), parent.header().timestampMillis(), authorities);
  }

  private String checkTransactions(Block block) {
    String badSignature = BlockChecks.transactionSignatures(block);
    if (badSignature != null) {
      return badSignature;
    }
    List<Transaction> txs = block.transactions();
    for (int i = 0; i < txs.size(); i++) {
      Optional<TxLocation> location = store.locate(txs.get(i).hash());
      if (location.isEmpty() || !location.get().equals(new TxLocation(block.height(), i))) {
        return "the index does not place transaction "
            + i
            + " ("
            + txs.get(i).hash()
            + ") in this block";
      }
    }
    return null;
  }

  private String execute(Block block, StateOverlay overlay) {
    long h = block.height();
    List<Transaction> txs = block.transactions();
    for (int i = 0; i < txs.size(); i++) {
      Outcome outcome =
          executor.execute(txs.get(i), overlay, h, block.header().timestampMillis(), false);
      if (outcome instanceof Refusal refusal) {
        return "transaction "
            + i
            + " ("
            + txs.get(i).hash()
            + ") is refused on replay: "
            + refusal.message();
      }
    }
    return null;
  }

  private static void apply(
      MemoryState state, Map<Key, Long> lastWritten, WriteSet writes, long height) {
    writes.forEach((key, value) -> lastWritten.put(key, height));
    state.apply(writes);
  }

  /** "HEIGHT message" for the first stored entry that differs from the replay, or null. */
  private String compareState(MemoryState replayed, Map<Key, Long> lastWritten) {
    Iterator<Map.Entry<Key, byte[]>> expected = replayed.entries().entrySet().iterator();
    String[] drift = {null};
    store.forEachState(
        (key, value) -> {
          if (drift[0] != null) {
            return;
          }
          Key stored = Key.wrap(key);
          Map.Entry<Key, byte[]> next = expected.hasNext() ? expected.next() : null;
          if (next == null || !next.getKey().equals(stored)) {
            Key named =
                next == null || stored.compareTo(next.getKey()) < 0 ? stored : next.getKey();
            drift[0] =
                lastWritten.getOrDefault(named, 0L)
                    + " the stored state has an entry the replay does not, or lacks one: "
                    + named;
          } else if (!Arrays.equals(next.getValue(), value)) {
            drift[0] =
                lastWritten.get(stored)
                    + " the stored value of "
                    + stored
                    + " differs from the replay's";
          }
        });
    if (drift[0] == null && expected.hasNext()) {
      Key missing = expected.next().getKey();
      drift[0] = lastWritten.get(missing) + " the stored state lacks " + missing;
    }
    return drift[0];
  }
}
