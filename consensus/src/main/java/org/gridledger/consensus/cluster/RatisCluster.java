package org.gridledger.consensus.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.apache.ratis.client.RaftClient;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftClientRequest;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.thirdparty.com.google.protobuf.UnsafeByteOperations;
import org.gridledger.consensus.Consensus;
import org.gridledger.consensus.types.BlockPolicy;
import org.gridledger.consensus.types.ReplicaPort;
import org.gridledger.ledger.chain.Block;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.tx.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One authority of a cluster replicated with Apache Ratis: a Raft server whose state machine is the
 * chain ({@link BlockStateMachine}), the leader's {@link BlockProducer}, and a Raft client for the
 * attestations this node sends and the questions it asks of the leader. Thread-safe.
 */
public final class RatisCluster implements Consensus {
  private static final Logger LOG = LoggerFactory.getLogger(RatisCluster.class);

  private final ClusterSpec spec;
  private final Member self;
  private final ReplicaPort ledger;
  private final BlockPolicy policy;
  private final ClusterTuning tuning;
  private final Path storage;
  private final Clock clock;
  private final RaftGroupId groupId;
  private final ClientId selfClient = ClientId.randomId();
  private final AtomicLong callIds = new AtomicLong();
  private final ReentrantLock leadership = new ReentrantLock();
  private final Condition leaderChanged = leadership.newCondition();
  private final ExecutorService attesting =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("attest").daemon().factory());
  private RaftServer server;
  private RaftServer.Division division;
  private RaftClient client;
  private BlockProducer producer;
  private Thread producerThread;

  public RatisCluster(
      ClusterSpec spec,
      String selfId,
      ReplicaPort ledger,
      BlockPolicy policy,
      ClusterTuning tuning,
      Path storage,
      Clock clock) {
    this.spec = spec;
    this.self = spec.require(selfId);
    if (!self.key().equals(ledger.self())) {
      throw new IllegalArgumentException(
          "member " + selfId + " has key " + self.key() + ", not this node's " + ledger.self());
    }
    if (!ledger.authorities().containsAll(spec.members().stream().map(Member::key).toList())) {
      throw new IllegalArgumentException("every cluster member must be an authority of the chain");
    }
    this.ledger = ledger;
    this.policy = policy;
    this.tuning = tuning;
    this.storage = storage;
    this.clock = clock;
    this.groupId = RaftGroupId.valueOf(spec.groupId());
  }

  @Override
  public void start() {
    AttestationBook attestations = new AttestationBook();
    BlockStateMachine machine = new BlockStateMachine(ledger, attestations, new Events());
    producer =
        new BlockProducer(ledger, machine, attestations, new LeaderSide(), policy, tuning, clock);
    RaftGroup group =
        self.voter() ? RaftSettings.group(spec, spec.voters()) : RaftGroup.valueOf(groupId);
    try {
      server =
          RaftServer.newBuilder()
              .setServerId(RaftPeerId.valueOf(self.id()))
              .setGroup(group)
              .setStateMachine(machine)
              .setProperties(RaftSettings.server(tuning, storage, self))
              .setOption(RaftStorage.StartupOption.RECOVER)
              .build();
      server.start();
      division = server.getDivision(groupId);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Raft server of " + self.id(), e);
    }
    client = RaftSettings.client(spec);
    producerThread = Thread.ofPlatform().name("cluster-producer").start(producer);
    LOG.info("authority {} started Raft on {}", self.id(), self.raftAddress());
  }

  public Member self() {
    return self;
  }

  public ClusterSpec spec() {
    return spec;
  }

  public boolean isLeader() {
    return division.getInfo().isLeader();
  }

  /** The member this node takes for the leader, if it knows one. */
  public Optional<Member> leader() {
    RaftPeerId id = division.getInfo().getLeaderId();
    return id == null ? Optional.empty() : spec.member(id.toString());
  }

  /** The head height of the leader, asked through Raft. */
  public long leaderHeight() throws IOException {
    RaftClientReply reply = client.io().sendReadOnly(BlockStateMachine.HEAD_QUERY);
    if (!reply.isSuccess()) {
      throw new IOException("the leader did not answer: " + reply.getException());
    }
    return reply.getMessage().getContent().asReadOnlyByteBuffer().getLong();
  }

  public ClusterStatus status() {
    var info = division.getInfo();
    return new ClusterStatus(
        self.id(),
        info.getCurrentRole().name(),
        leader().map(Member::id),
        info.getCurrentTerm(),
        info.getLastAppliedIndex(),
        division.getRaftLog().getLastCommittedIndex(),
        division.getRaftConf().getCurrentPeers().stream()
            .map(p -> p.getId().toString())
            .sorted()
            .toList());
  }

  /**
   * Makes {@code ids} the voting members (Raft membership change through the leader); a member
   * added catches up from the log or a snapshot. Blocks until the change is committed.
   */
  public static void setVoters(ClusterSpec spec, List<String> ids) throws IOException {
    List<Member> members = ids.stream().map(spec::require).toList();
    try (RaftClient admin = RaftSettings.client(spec)) {
      RaftClientReply reply = admin.admin().setConfiguration(RaftSettings.peers(members));
      if (!reply.isSuccess()) {
        throw new IOException("the membership change failed: " + reply.getException());
      }
    }
  }

  /**
   * Appends {@code entry} to the cluster's log as any Raft client could, and answers what the
   * leader's state machine made of it ("committed N", "stale: ...", "refused: ..."). For tools and
   * tests: a node never needs it.
   */
  public static String append(ClusterSpec spec, ClusterEntry entry) throws IOException {
    try (RaftClient writer = RaftSettings.client(spec)) {
      RaftClientReply reply =
          writer.io().send(Message.valueOf(UnsafeByteOperations.unsafeWrap(entry.encode())));
      if (!reply.isSuccess()) {
        throw new IOException("the entry was not appended: " + reply.getException());
      }
      return reply.getMessage().getContent().toStringUtf8();
    }
  }

  @Override
  public boolean isHealthy() {
    return server != null
        && division.getInfo().isAlive()
        && !producer.isFailed()
        && producerThread.isAlive();
  }

  @Override
  public void close() {
    if (producer == null) {
      return;
    }
    producer.stop();
    signalLeadership();
    try {
      producerThread.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    attesting.shutdownNow();
    try {
      client.close();
      server.close();
    } catch (IOException e) {
      LOG.warn("closing Raft: {}", e.getMessage());
    }
  }

  private void signalLeadership() {
    leadership.lock();
    try {
      leaderChanged.signalAll();
    } finally {
      leadership.unlock();
    }
  }

  private final class Events implements BlockStateMachine.Listener {
    @Override
    public void committed(Block block, boolean caughtUp) {
      if (!caughtUp || block.header().proposer().equals(self.key()) || attesting.isShutdown()) {
        return;
      }
      var entry =
          new ClusterEntry.AttestationEntry(
              block.height(), block.hash(), ledger.attest(block.hash()));
      attesting.execute(
          () ->
              client
                  .async()
                  .send(Message.valueOf(UnsafeByteOperations.unsafeWrap(entry.encode())))
                  .exceptionally(
                      e -> {
                        LOG.debug("attestation of {} not sent: {}", block.height(), e.toString());
                        return null;
                      }));
    }

    @Override
    public void returned(List<Transaction> transactions) {
      producer.returned(transactions);
    }

    @Override
    public void leaderChanged(RaftPeerId leader) {
      LOG.info("{}: the leader is now {}", self.id(), leader);
      signalLeadership();
    }
  }

  private final class LeaderSide implements BlockProducer.Raft {
    @Override
    public boolean leaderReady() {
      return division != null && division.getInfo().isLeaderReady();
    }

    @Override
    public Set<PublicKey> otherVoters() {
      return division.getRaftConf().getCurrentPeers().stream()
          .map(RaftPeer::getId)
          .map(id -> spec.member(id.toString()))
          .flatMap(Optional::stream)
          .map(Member::key)
          .filter(k -> !k.equals(self.key()))
          .collect(Collectors.toSet());
    }

    @Override
    public CompletableFuture<String> propose(byte[] entry) {
      RaftClientRequest request =
          RaftClientRequest.newBuilder()
              .setClientId(selfClient)
              .setServerId(server.getId())
              .setGroupId(groupId)
              .setCallId(callIds.incrementAndGet())
              .setMessage(Message.valueOf(UnsafeByteOperations.unsafeWrap(entry)))
              .setType(RaftClientRequest.writeRequestType())
              .build();
      try {
        return server
            .submitClientRequestAsync(request)
            .thenApply(
                reply -> {
                  if (!reply.isSuccess()) {
                    throw new IllegalStateException(String.valueOf(reply.getException()));
                  }
                  return reply.getMessage().getContent().toStringUtf8();
                });
      } catch (IOException e) {
        return CompletableFuture.failedFuture(e);
      }
    }

    @Override
    public void awaitLeadership(long timeoutNanos) throws InterruptedException {
      leadership.lock();
      try {
        leaderChanged.awaitNanos(timeoutNanos);
      } finally {
        leadership.unlock();
      }
    }
  }
}
