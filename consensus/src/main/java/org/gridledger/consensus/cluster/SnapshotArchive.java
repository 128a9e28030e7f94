package org.gridledger.consensus.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gridledger.consensus.types.ReplicaPort;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.store.Head;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Raft snapshot of a node's store: one file (as Ratis's {@code SimpleStateMachineStorage} keeps
 * and ships them) holding a {@code HEAD} entry, "height hash", and the files of a RocksDB
 * checkpoint. Restoring applies the blocks it holds above the node's head, each verified.
 */
final class SnapshotArchive {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotArchive.class);
  private static final String HEAD = "HEAD";

  private SnapshotArchive() {}

  /** Checkpoints the store of {@code ledger} into the archive {@code file}. */
  static void write(ReplicaPort ledger, Path file) throws IOException {
    Path checkpoint = file.resolveSibling(file.getFileName() + ".checkpoint");
    deleteTree(checkpoint);
    Head head = ledger.head();
    ledger.checkpoint(checkpoint);
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (OutputStream out = Files.newOutputStream(partial);
        ZipOutputStream zip = new ZipOutputStream(out);
        Stream<Path> files = Files.list(checkpoint)) {
      zip.setLevel(Deflater.NO_COMPRESSION);
      zip.putNextEntry(new ZipEntry(HEAD));
      zip.write((head.height() + " " + head.hash().toHex()).getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
      for (Path f : files.sorted().toList()) {
        zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
        Files.copy(f, zip);
        zip.closeEntry();
      }
    } finally {
      deleteTree(checkpoint);
    }
    Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    LOG.info("snapshot of the store at height {} in {}", head.height(), file);
  }

  /**
   * Brings {@code ledger} up to the archive's head: nothing to do if the chain already holds that
   * block; else the archive's blocks above the head are applied, verified one by one.
   *
   * @throws IllegalStateException if the archive holds another chain
   */
  static void restore(Path file, ReplicaPort ledger) throws IOException {
    long height;
    Hash hash;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry(HEAD);
      if (entry == null) {
        throw new IOException("snapshot " + file + " has no HEAD entry");
      }
      try (InputStream in = zip.getInputStream(entry)) {
        String[] parts = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split(" ");
        height = Long.parseLong(parts[0]);
        hash = Hash.fromHex(parts[1]);
      }
    }
    if (ledger.head().height() >= height) {
      if (!ledger.blockHash(height).orElseThrow().equals(hash)) {
        throw new IllegalStateException(
            "snapshot " + file + " holds another block at height " + height + " than this chain");
      }
      return;
    }
    Path unpacked = file.resolveSibling(file.getFileName() + ".restore");
    deleteTree(unpacked);
    Files.createDirectories(unpacked);
    try {
      unzip(file, unpacked);
      long from = ledger.head().height();
      long reached = ledger.importBlocks(unpacked);
      if (reached < height || !ledger.blockHash(height).orElseThrow().equals(hash)) {
        throw new IllegalStateException(
            "snapshot " + file + " did not bring the chain to its head");
      }
      LOG.info("caught up from a snapshot: blocks {} to {} applied", from + 1, reached);
    } finally {
      deleteTree(unpacked);
    }
  }

  private static void unzip(Path file, Path target) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        String name = e.getName();
        if (name.equals(HEAD)) {
          continue;
        }
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
          throw new IOException("snapshot entry " + name + " is not a plain file name");
        }
        Files.copy(zip, target.resolve(name));
      }
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
