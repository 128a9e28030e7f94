package org.gridledger.ledger.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.gridledger.ledger.chain.Block;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.state.Key;
import org.gridledger.ledger.state.StateReader;
import org.gridledger.ledger.state.WriteSet;
import org.gridledger.ledger.tx.Transaction;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The chain on disk, in RocksDB: blocks by height, the transaction index, the state, and the head.
 * A block is committed by one atomic write batch holding all four, so a crash leaves either the
 * whole block or none of it. With {@code sync} off the write reaches the write-ahead log before it
 * returns, which survives a killed process; with it on it also survives a power cut. Thread-safe.
 */
public final class ChainStore implements StateReader, AutoCloseable {
  private static final byte[] HEAD = "head".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GENESIS = "genesis".getBytes(StandardCharsets.US_ASCII);

  static {
    RocksDB.loadLibrary();
  }

  private final Path directory;
  private final DBOptions options;
  private final ColumnFamilyOptions cfOptions;
  private final RocksDB db;
  private final ColumnFamilyHandle meta;
  private final ColumnFamilyHandle blocks;
  private final ColumnFamilyHandle txIndex;
  private final ColumnFamilyHandle state;
  private final List<ColumnFamilyHandle> handles;
  private final Map<String, ColumnFamilyHandle> extra = new HashMap<>();
  private final WriteOptions writeOptions;

  private ChainStore(Path directory, boolean sync, Set<String> extraFamilies) {
    this.directory = directory;
    try {
      Files.createDirectories(directory);
      options = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true);
      cfOptions = new ColumnFamilyOptions();
      List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
      descriptors.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, cfOptions));
      List<String> names = new ArrayList<>(List.of("blocks", "txindex", "state"));
      for (String name : existingFamilies(directory, extraFamilies)) {
        if (!names.contains(name)) {
          names.add(name);
        }
      }
      for (String name : names) {
        descriptors.add(
            new ColumnFamilyDescriptor(name.getBytes(StandardCharsets.US_ASCII), cfOptions));
      }
      handles = new ArrayList<>();
      db = RocksDB.open(options, directory.toString(), descriptors, handles);
      meta = handles.get(0);
      blocks = handles.get(1);
      txIndex = handles.get(2);
      state = handles.get(3);
      for (int i = 3; i < names.size(); i++) {
        extra.put(names.get(i), handles.get(i + 1));
      }
      writeOptions = new WriteOptions().setSync(sync);
    } catch (RocksDBException | java.io.IOException e) {
      throw new StoreException(
          "cannot open the chain store in " + directory + ": " + e.getMessage(), e);
    }
  }

  /** The requested families and those the store already has (RocksDB must open them all). */
  private static java.util.SortedSet<String> existingFamilies(Path directory, Set<String> requested)
      throws RocksDBException {
    java.util.SortedSet<String> all = new java.util.TreeSet<>(requested);
    if (Files.exists(directory.resolve("CURRENT"))) {
      try (org.rocksdb.Options listing = new org.rocksdb.Options()) {
        for (byte[] name : RocksDB.listColumnFamilies(listing, directory.toString())) {
          all.add(new String(name, StandardCharsets.US_ASCII));
        }
      }
    }
    all.remove("default");
    return all;
  }

  /** Opens (creating if needed) the store in {@code directory}. */
  public static ChainStore open(Path directory, boolean sync) {
    return new ChainStore(directory, sync, Set.of());
  }

  /**
   * Opens the store with column families of the modules' own ({@code extraFamilies}, e.g. meter
   * readings), written with blocks through {@link StoreWrite}s or directly through {@link #put}.
   */
  public static ChainStore open(Path directory, boolean sync, Set<String> extraFamilies) {
    for (String name : extraFamilies) {
      if (List.of("default", "blocks", "txindex", "state").contains(name)) {
        throw new IllegalArgumentException("column family " + name + " belongs to the chain");
      }
    }
    return new ChainStore(directory, sync, extraFamilies);
  }

  public Path directory() {
    return directory;
  }

  public Optional<Head> head() {
    byte[] bytes = read(meta, HEAD);
    return bytes == null ? Optional.empty() : Optional.of(Head.decode(bytes));
  }

  public Optional<byte[]> genesisDocument() {
    return Optional.ofNullable(read(meta, GENESIS));
  }

  /** Writes the genesis document, block 0 and the founding state in one batch. */
  public void writeGenesis(byte[] genesisDocument, Block block, WriteSet writes) {
    if (head().isPresent()) {
      throw new StoreException("the store in " + directory + " already holds a chain");
    }
    commit(block, writes, batch -> batch.put(meta, GENESIS, genesisDocument));
  }

  /** Appends one block with its state writes, atomically. */
  public void append(Block block, WriteSet writes) {
    append(block, writes, List.of());
  }

  /** Appends one block with its state writes and its modules' writes, atomically. */
  public void append(Block block, WriteSet writes, List<StoreWrite> moduleWrites) {
    commit(
        block,
        writes,
        batch -> {
          for (StoreWrite w : moduleWrites) {
            batch.put(family(w.family()), w.key(), w.value());
          }
        });
  }

  private ColumnFamilyHandle family(String name) {
    ColumnFamilyHandle handle = extra.get(name);
    if (handle == null) {
      throw new StoreException("no column family " + name + " was declared when the store opened");
    }
    return handle;
  }

  /** Writes one entry of a module's family, durably (to the log) before it returns. */
  public void put(String family, byte[] key, byte[] value) {
    try {
      db.put(family(family), writeOptions, key, value);
    } catch (RocksDBException e) {
      throw new StoreException("cannot write to " + family + ": " + e.getMessage(), e);
    }
  }

  /** Writes several entries of modules' families in one atomic batch. */
  public void putAll(List<StoreWrite> entries) {
    try (WriteBatch batch = new WriteBatch()) {
      for (StoreWrite w : entries) {
        batch.put(family(w.family()), w.key(), w.value());
      }
      db.write(writeOptions, batch);
    } catch (RocksDBException e) {
      throw new StoreException("cannot write module entries: " + e.getMessage(), e);
    }
  }

  /** An entry of a module's family, or null. */
  public byte[] get(String family, byte[] key) {
    return read(family(family), key);
  }

  /**
   * Visits the entries of a module's family from {@code from} (inclusive) in key order while {@code
   * action} answers true.
   */
  public void scan(
      String family, byte[] from, java.util.function.BiPredicate<byte[], byte[]> action) {
    try (RocksIterator it = db.newIterator(family(family))) {
      for (it.seek(from); it.isValid(); it.next()) {
        if (!action.test(it.key(), it.value())) {
          return;
        }
      }
    }
  }

  private interface Extra {
    void addTo(WriteBatch batch) throws RocksDBException;
  }

  private void commit(Block block, WriteSet writes, Extra extra) {
    try (WriteBatch batch = new WriteBatch()) {
      batch.put(blocks, heightKey(block.height()), block.encode());
      List<Transaction> txs = block.transactions();
      for (int i = 0; i < txs.size(); i++) {
        byte[] location = ByteBuffer.allocate(12).putLong(block.height()).putInt(i).array();
        batch.put(txIndex, txs.get(i).hash().toBytes(), location);
      }
      RocksFailure failure = new RocksFailure();
      writes.forEach(
          (key, value) -> {
            try {
              if (value == null) {
                batch.delete(state, key.toBytes());
              } else {
                batch.put(state, key.toBytes(), value);
              }
            } catch (RocksDBException e) {
              failure.cause = e;
            }
          });
      if (failure.cause != null) {
        throw failure.cause;
      }
      Head head =
          new Head(
              block.height(),
              block.hash(),
              block.header().timestampMillis(),
              block.header().stateRoot());
      batch.put(meta, HEAD, head.encode());
      extra.addTo(batch);
      db.write(writeOptions, batch);
    } catch (RocksDBException e) {
      throw new StoreException("cannot write block " + block.height() + ": " + e.getMessage(), e);
    }
  }

  private static final class RocksFailure {
    RocksDBException cause;
  }

  /**
   * Writes a consistent copy of the whole store to {@code target} (a RocksDB checkpoint: hard links
   * where the file system allows), which must not exist yet. It opens as a store of its own.
   */
  public void checkpoint(Path target) {
    try (org.rocksdb.Checkpoint checkpoint = org.rocksdb.Checkpoint.create(db)) {
      checkpoint.createCheckpoint(target.toString());
    } catch (RocksDBException e) {
      throw new StoreException(
          "cannot checkpoint the store to " + target + ": " + e.getMessage(), e);
    }
  }

  public Optional<byte[]> rawBlock(long height) {
    return Optional.ofNullable(read(blocks, heightKey(height)));
  }

  public Optional<Block> block(long height) {
    return rawBlock(height).map(Block::decode);
  }

  public Optional<TxLocation> locate(Hash txHash) {
    byte[] bytes = read(txIndex, txHash.toBytes());
    if (bytes == null) {
      return Optional.empty();
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return Optional.of(new TxLocation(buffer.getLong(), buffer.getInt()));
  }

  @Override
  public byte[] get(Key key) {
    return read(state, key.toBytes());
  }

  /** Every state entry whose key starts with {@code namespace + ':'}, in key order. */
  public void forEachInNamespace(String namespace, BiConsumer<byte[], byte[]> action) {
    byte[] prefix = (namespace + ":").getBytes(StandardCharsets.US_ASCII);
    try (RocksIterator it = db.newIterator(state)) {
      for (it.seek(prefix); it.isValid() && startsWith(it.key(), prefix); it.next()) {
        action.accept(it.key(), it.value());
      }
    }
  }

  /** Every state entry in key order. */
  public void forEachState(BiConsumer<byte[], byte[]> action) {
    try (RocksIterator it = db.newIterator(state)) {
      for (it.seekToFirst(); it.isValid(); it.next()) {
        action.accept(it.key(), it.value());
      }
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  private byte[] read(ColumnFamilyHandle family, byte[] key) {
    try {
      return db.get(family, key);
    } catch (RocksDBException e) {
      throw new StoreException("cannot read the chain store: " + e.getMessage(), e);
    }
  }

  static byte[] heightKey(long height) {
    return ByteBuffer.allocate(8).putLong(height).array();
  }

  @Override
  public void close() {
    try {
      db.syncWal();
    } catch (RocksDBException e) {
      // closing anyway: every committed write is already in the log
    }
    handles.forEach(ColumnFamilyHandle::close);
    db.close();
    writeOptions.close();
    options.close();
    cfOptions.close();
  }
}
