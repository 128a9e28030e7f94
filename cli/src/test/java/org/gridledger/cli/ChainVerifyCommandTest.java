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
    List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
    for (String name : List.of("default", "blocks", "txindex", "state")) {
      descriptors.add(new ColumnFamilyDescriptor(name.getBytes(StandardCharsets.US_ASCII)));
    }
    List<ColumnFamilyHandle> handles = new ArrayList<>();
    try (RocksDB db = RocksDB.open(dir.resolve("chain").toString(), descriptors, handles)) {
      byte[] key = ByteBuffer.allocate(8).putLong(height).array();
      byte[] block = db.get(handles.get(1), key);
      block[block.length - 20] ^= 0x04;
      db.put(handles.get(1), key, block);
      handles.forEach(ColumnFamilyHandle::close);
    }
  }
}
