package org.gridledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.ledger.crypto.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {
  @TempDir Path dir;

  @Test
  void aKeyFileIsReadableOnlyByItsOwnerAndReadsBackTheSameKey() throws Exception {
    KeyPair keys = KeyPair.generate();
    Path file = dir.resolve("k.key");
    KeyFile.write(file, keys);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    KeyPair back = KeyFile.read(file);
    assertThat(back.publicKey()).isEqualTo(keys.publicKey());
    byte[] message = "hello".getBytes();
    assertThat(keys.publicKey().verify(back.sign(message), message)).isTrue();
  }

  @Test
  void anExistingFileIsNeverOverwritten() {
    Path file = dir.resolve("k.key");
    KeyFile.write(file, KeyPair.generate());
    assertThatThrownBy(() -> KeyFile.write(file, KeyPair.generate()))
        .hasMessageContaining("never overwritten");
  }

  @Test
  void aDamagedFileIsRefusedNamingIt() throws Exception {
    Path file = dir.resolve("bad.key");
    Files.writeString(file, "type=ed25519\nsecret=zz\n");
    assertThatThrownBy(() -> KeyFile.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.key");
  }
}
