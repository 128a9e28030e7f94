package org.gridledger.ledger.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * A key file: a small properties text ({@code type=ed25519}, {@code public=HEX}, {@code
 * secret=HEX}) created readable and writable by its owner only.
 */
public final class KeyFile {
  private KeyFile() {}

  /** Writes {@code keys} to a new file; refuses to overwrite an existing one. */
  public static void write(Path file, KeyPair keys) {
    String text =
        "# GridLedger key file: keep it secret\n"
            + "type=ed25519\n"
            + "public="
            + keys.publicKey().toHex()
            + "\nsecret="
            + Hex.encode(keys.secretBytes())
            + "\n";
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (Files.exists(file)) {
        throw new FileAlreadyExistsException(
            file.toString(), null, "a key file is never overwritten");
      }
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(file);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write key file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a key file.
   *
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  public static KeyPair read(Path file) {
    Properties props = new Properties();
    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read key file " + file + ": " + e.getMessage(), e);
    }
    if (!"ed25519".equals(props.getProperty("type"))) {
      throw new IllegalArgumentException("key file " + file + " is not of type ed25519");
    }
    try {
      KeyPair keys = KeyPair.fromSecret(Hex.decode(props.getProperty("secret"), 32, "secret"));
      String declared = props.getProperty("public");
      if (declared != null && !declared.equals(keys.publicKey().toHex())) {
        throw new IllegalArgumentException("its public key does not match its secret");
      }
      return keys;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("key file " + file + ": " + e.getMessage(), e);
    }
  }
}
