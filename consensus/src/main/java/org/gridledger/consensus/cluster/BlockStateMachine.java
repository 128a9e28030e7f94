package org.gridledger.consensus.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ratis.proto.RaftProtos.LogEntryProto;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftGroupMemberId;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.protocol.TermIndex;
import org.apache.ratis.server.raftlog.RaftLog;
import org.apache.ratis.server.storage.FileInfo;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.statemachine.TransactionContext;
import org.apache.ratis.statemachine.impl.BaseStateMachine;
import org.apache.ratis.statemachine.impl.SimpleStateMachineStorage;
import org.apache.ratis.statemachine.impl.SingleFileSnapshotInfo;
import org.apache.ratis.util.LifeCycle;
import org.apache.ratis.util.MD5FileUtil;
import org.gridledger.consensus.cluster.ClusterEntry.AttestationEntry;
import org.gridledger.consensus.cluster.ClusterEntry.BlockEntry;
import org.gridledger.consensus.types.ReplicaPort;
import org.gridledger.ledger.chain.Applied;
import org.gridledger.ledger.chain.Block;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.codec.CodecException;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.store.Head;
import org.gridledger.ledger.tx.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chain as a Raft state machine. Committed entries are applied in log order on every node: a
 * block that extends the head is committed (this node's own proposal as built, another's after
 * {@link ReplicaPort#apply} verified and executed it); a block that does not extend the head (a
 * deposed leader's, or one already applied before a restart) is skipped; an attestation is kept if
 * it signs the committed block it names. Each decision depends only on the chain and the entry, so
 * every node decides the same, and replaying the log after a restart is harmless. Snapshots are
 * RocksDB checkpoints ({@link SnapshotArchive}). A failure of the store stops the Raft server
 * rather than let this node diverge.
 */
final class BlockStateMachine extends BaseStateMachine {
  private static final Logger LOG = LoggerFactory.getLogger(BlockStateMachine.class);
  static final Message HEAD_QUERY = Message.valueOf("head");

  /** What the node around the state machine hears of it. */
  interface Listener {
    /** A block is committed; {@code caughtUp} when it was among the last committed entries. */
    void committed(Block block, boolean caughtUp);

    /** This node's proposal was skipped: its transactions go back to the producer. */
    void returned(List<Transaction> transactions);

    /** The leader changed (or became unknown). */
    void leaderChanged(RaftPeerId leader);
  }

  private final ReplicaPort ledger;
  private final AttestationBook attestations;
  private final Listener listener;
  private final SimpleStateMachineStorage storage = new SimpleStateMachineStorage();
  private final Map<Hash, Proposal> own = new ConcurrentHashMap<>();
  private volatile RaftLog log;

  BlockStateMachine(ReplicaPort ledger, AttestationBook attestations, Listener listener) {
    this.ledger = ledger;
    this.attestations = attestations;
    this.listener = listener;
  }

  /** Remembers a proposal of this node's so that its entry, once committed, is not re-executed. */
  void proposed(Proposal proposal) {
    own.put(proposal.block().hash(), proposal);
  }

  /** Forgets a proposal whose entry never made it to the log; true if it was still pending. */
  boolean abandoned(Proposal proposal) {
    return own.remove(proposal.block().hash()) != null;
  }

  @Override
  public void initialize(RaftServer server, RaftGroupId groupId, RaftStorage raftStorage)
      throws IOException {
    getLifeCycle().transition(LifeCycle.State.STARTING);
    super.initialize(server, groupId, raftStorage);
    storage.init(raftStorage);
    restore(storage.getLatestSnapshot());
    getLifeCycle().transition(LifeCycle.State.RUNNING);
  }

  /** Before a snapshot from the leader is installed: apply nothing until {@link #reinitialize}. */
  @Override
  public void pause() {
    if (getLifeCycleState() == LifeCycle.State.RUNNING) {
      getLifeCycle().transition(LifeCycle.State.PAUSING);
      getLifeCycle().transition(LifeCycle.State.PAUSED);
    }
  }

  /** After a snapshot from the leader was installed: catch up from it, then run again. */
  @Override
  public void reinitialize() throws IOException {
    restore(storage.loadLatestSnapshot());
    if (getLifeCycleState() == LifeCycle.State.PAUSED) {
      getLifeCycle().transition(LifeCycle.State.STARTING);
      getLifeCycle().transition(LifeCycle.State.RUNNING);
    }
  }

  private void restore(SingleFileSnapshotInfo snapshot) throws IOException {
    if (snapshot == null) {
      return;
    }
    File file = snapshot.getFile().getPath().toFile();
    if (snapshot.getFile().getFileDigest() != null) {
      MD5FileUtil.verifySavedMD5(file, snapshot.getFile().getFileDigest());
    }
    SnapshotArchive.restore(file.toPath(), ledger);
    setLastAppliedTermIndex(snapshot.getTermIndex());
  }

  @Override
  public SimpleStateMachineStorage getStateMachineStorage() {
    return storage;
  }

  @Override
  public long takeSnapshot() throws IOException {
    TermIndex last = getLastAppliedTermIndex();
    if (last == null || last.getIndex() < 0) {
      return RaftLog.INVALID_LOG_INDEX;
    }
    File file = storage.getSnapshotFile(last.getTerm(), last.getIndex());
    SnapshotArchive.write(ledger, file.toPath());
    var md5 = MD5FileUtil.computeAndSaveMd5ForFile(file);
    storage.updateLatestSnapshot(
        new SingleFileSnapshotInfo(new FileInfo(file.toPath(), md5), last));
    return last.getIndex();
  }

  @Override
  public CompletableFuture<Message> applyTransaction(TransactionContext trx) {
    LogEntryProto entry = trx.getLogEntry();
    byte[] data = entry.getStateMachineLogEntry().getLogData().toByteArray();
    String outcome;
    try {
      outcome =
          switch (ClusterEntry.decode(data)) {
            case BlockEntry b -> applyBlock(b.block(), entry.getIndex());
            case AttestationEntry a -> applyAttestation(a);
          };
    } catch (CodecException | IllegalArgumentException e) {
      outcome = "refused: malformed entry: " + e.getMessage();
    }
    updateLastAppliedTermIndex(entry.getTerm(), entry.getIndex());
    return CompletableFuture.completedFuture(Message.valueOf(outcome));
  }

  private String applyBlock(Block block, long index) {
    Head head = ledger.head();
    Proposal mine = own.remove(block.hash());
    if (block.height() != head.height() + 1 || !block.header().previous().equals(head.hash())) {
      if (mine != null) {
        listener.returned(
            java.util.stream.Stream.concat(
                    mine.block().transactions().stream(),
                    mine.rejected().stream().map(Proposal.Rejected::transaction))
                .toList());
      }
      return "stale: block " + block.height() + " does not extend the head " + head.height();
    }
    if (mine != null) {
      ledger.commit(mine);
    } else {
      Applied applied = ledger.apply(block);
      if (applied instanceof Applied.Refused refused) {
        LOG.warn("refused a block from {}: {}", block.header().proposer(), refused.problem());
        return "refused: " + refused.problem();
      }
    }
    listener.committed(block, caughtUp(index));
    return "committed " + block.height();
  }

  private boolean caughtUp(long index) {
    RaftLog raftLog = log;
    if (raftLog == null) {
      try {
        raftLog = getServer().join().getDivision(getGroupId()).getRaftLog();
        log = raftLog;
      } catch (IOException e) {
        return false;
      }
    }
    return raftLog.getLastCommittedIndex() - index < 8;
  }

  private String applyAttestation(AttestationEntry a) {
    boolean sound =
        ledger.authorities().contains(a.attestation().authority())
            && ledger.blockHash(a.height()).filter(a.block()::equals).isPresent()
            && a.attestation().verifies(a.block());
    if (!sound) {
      return "refused: attestation of block " + a.height();
    }
    attestations.add(a.height(), a.block(), a.attestation());
    return "attested " + a.height();
  }

  /** Answers {@link #HEAD_QUERY} with the head height, 8 bytes big-endian. */
  @Override
  public CompletableFuture<Message> query(Message request) {
    String text = request.getContent().toString(StandardCharsets.UTF_8);
    if (!text.equals("head")) {
      return CompletableFuture.failedFuture(new IllegalArgumentException("unknown query " + text));
    }
    byte[] height = ByteBuffer.allocate(8).putLong(ledger.head().height()).array();
    return CompletableFuture.completedFuture(
        Message.valueOf(
            org.apache.ratis.thirdparty.com.google.protobuf.ByteString.copyFrom(height)));
  }

  @Override
  public void notifyLeaderChanged(RaftGroupMemberId groupMemberId, RaftPeerId newLeaderId) {
    listener.leaderChanged(newLeaderId);
  }
}
