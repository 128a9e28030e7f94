package org.gridledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.RuleBook;
import org.gridledger.ledger.exec.TransactionExecutor;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transfer;
import org.gridledger.ledger.units.Money;
import org.gridledger.ledger.verify.ChainVerifier;
import org.gridledger.ledger.verify.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksDB;

/** Tampering with the RocksDB store directly, as an attacker with disk access would. */
class ChainVerifierTest {
  @TempDir Path dir;

  private long buildChain() {
    try (TestLedger ledger = new TestLedger(dir, 3)) {
      KeyPair alice = ledger.participant("Alice", 1_000_000, Role.PROSUMER);
      KeyPair bob = ledger.participant("Bob", 1_000_000, Role.CONSUMER);
      for (int i = 0; i < 5; i++) {
        ledger.commit(
            ledger.sign(alice, new Transfer(bob.publicKey(), Money.micros(10 + i), "")),
            ledger.sign(bob, new Transfer(alice.publicKey(), Money.micros(5), "")));
      }
      return ledger.chain.head().height();
    }
  }

  private VerificationReport verify() {
    try (ChainStore store = ChainStore.open(dir, false)) {
      return new ChainVerifier(store, new TransactionExecutor(TestLedger.CHAIN, RuleBook.core()))
          .verify();
    }
  }

  private interface Tamper {
    void on(RocksDB db, List<ColumnFamilyHandle> families) throws Exception;
  }

  private void tamper(Tamper tamper) throws Exception {
    List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
    for (String name : List.of("default", "blocks", "txindex", "state")) {
      descriptors.add(new ColumnFamilyDescriptor(name.getBytes(StandardCharsets.US_ASCII)));
    }
    List<ColumnFamilyHandle> handles = new ArrayList<>();
    try (RocksDB db = RocksDB.open(dir.toString(), descriptors, handles)) {
      tamper.on(db, handles);
      handles.forEach(ColumnFamilyHandle::close);
    }
  }

  private static byte[] height(long h) {
    return java.nio.ByteBuffer.allocate(8).putLong(h).array();
  }

  @Test
  void anUntouchedChainIsSound() {
    long head = buildChain();
    VerificationReport report = verify();
    assertThat(report.ok()).isTrue();
    assertThat(report.verifiedHeight()).isEqualTo(head);
    assertThat(report.transactions()).isEqualTo(4 + 10);
  }

  @Test
  void aFlippedByteInAnyBlockIsFoundAtItsHeight() throws Exception {
    long head = buildChain();
    for (long h = 1; h <= head; h += 3) {
      long target = h;
      tamper(
          (db, cf) -> {
            byte[] block = db.get(cf.get(1), height(target));
            block[block.length / 2] ^= 0x10;
            db.put(cf.get(1), height(target), block);
          });
      VerificationReport report = verify();
      assertThat(report.ok()).isFalse();
      assertThat(report.firstBadHeight()).as(report.problem()).isEqualTo(target);
      tamper(
          (db, cf) -> {
            byte[] block = db.get(cf.get(1), height(target));
            block[block.length / 2] ^= 0x10;
            db.put(cf.get(1), height(target), block);
          });
    }
    assertThat(verify().ok()).isTrue();
  }

  @Test
  void aFlippedByteInTheStateIsFoundAtTheHeightThatLastWroteIt() throws Exception {
    buildChain();
    byte[][] victim = new byte[1][];
    tamper(
        (db, cf) -> {
          try (var it = db.newIterator(cf.get(3))) {
            for (it.seekToFirst(); it.isValid(); it.next()) {
              if (new String(it.key(), StandardCharsets.US_ASCII).startsWith("acct:")) {
                victim[0] = it.key();
              }
            }
          }
          byte[] value = db.get(cf.get(3), victim[0]);
          value[3] ^= 0x01;
          db.put(cf.get(3), victim[0], value);
        });
    VerificationReport report = verify();
    assertThat(report.ok()).isFalse();
    assertThat(report.problem()).contains("differs from the replay");
    assertThat(report.firstBadHeight()).isPositive();
  }

  @Test
  void aDeletedBlockIsFound() throws Exception {
    buildChain();
    tamper((db, cf) -> db.delete(cf.get(1), height(4)));
    VerificationReport report = verify();
    assertThat(report.firstBadHeight()).isEqualTo(4);
  }
}
