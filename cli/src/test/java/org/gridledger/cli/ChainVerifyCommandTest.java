package org.gridledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transfer;
import org.gridledger.ledger.units.Money;
import org.gridledger.node.TestNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class ChainVerifyCommandTest {
  @TempDir Path dir;

  @Test
  void aFlippedByteInTheStoreMakesVerifyFailNamingTheHeight() throws Exception {
    long head;
    try (TestNode node = TestNode.start(dir)) {
      KeyPair alice = node.participant("Alice", 1_000, Role.PROSUMER);
      KeyPair bob = node.participant("Bob", 0, Role.CONSUMER);
      for (int i = 0; i < 4; i++) {
        node.client().sign(alice, new Transfer(bob.publicKey(), Money.micros(10), ""), true);
      }
      head = node.node().chain().head().height();
    }
    JsonNode sound = verify(0);
    assertThat(sound.get("ok").asBoolean()).isTrue();
    assertThat(sound.get("verified_height").asLong()).isEqualTo(head);

    long victim = head - 2;
    flipByte(victim);
    JsonNode report = verify(1);
    assertThat(report.get("ok").asBoolean()).isFalse();
    assertThat(report.get("first_bad_height").asLong()).isEqualTo(victim);
    assertThat(report.get("problem").asText()).isNotBlank();
  }

  private JsonNode verify(int expectedExit) throws Exception {
    Cli.Run run = Cli.run("chain", "verify", "--data", dir.toString(), "--json");
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(expectedExit);
    return new ObjectMapper().readTree(run.out());
  }

  private void flipByte(long height) throws Exception {
    String store = dir.resolve("chain").toString();
    List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
    int blocks = -1;
    try (Options options = new Options()) {
      // every family the node made (the modules add their own) must be opened
      for (byte[] name : RocksDB.listColumnFamilies(options, store)) {
        if (new String(name, StandardCharsets.US_ASCII).equals("blocks")) {
          blocks = descriptors.size();
        }
        descriptors.add(new ColumnFamilyDescriptor(name));
      }
    }
    List<ColumnFamilyHandle> handles = new ArrayList<>();
    try (RocksDB db = RocksDB.open(store, descriptors, handles)) {
      byte[] key = ByteBuffer.allocate(8).putLong(height).array();
      byte[] block = db.get(handles.get(blocks), key);
      block[block.length - 20] ^= 0x04;
      db.put(handles.get(blocks), key, block);
      handles.forEach(ColumnFamilyHandle::close);
    }
  }
}
