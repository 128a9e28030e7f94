package org.gridledger.consensus.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.ratis.client.RaftClient;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.grpc.GrpcConfigKeys;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.retry.RetryPolicies;
import org.apache.ratis.server.RaftServerConfigKeys;
import org.apache.ratis.util.SizeInBytes;
import org.apache.ratis.util.TimeDuration;

/**
 * The Raft settings of a cluster node and client: gRPC on the member's address, election timeouts,
 * log entries big enough for a block, snapshots every {@link ClusterTuning#snapshotThreshold}
 * entries; the log is purged up to the last entry every follower has.
 */
final class RaftSettings {
  /** The largest log entry: a block of {@link ClusterTuning#maxBlockBytes} and its header. */
  private static final SizeInBytes ENTRY_LIMIT = SizeInBytes.valueOf("16MB");

  private RaftSettings() {}

  static RaftProperties server(ClusterTuning tuning, Path storage, Member self) {
    RaftProperties p = common();
    RaftServerConfigKeys.setStorageDir(p, List.of(storage.toFile()));
    GrpcConfigKeys.Server.setHost(p, self.host());
    GrpcConfigKeys.Server.setPort(p, self.raftPort());
    RaftServerConfigKeys.Rpc.setTimeoutMin(p, millis(tuning.electionTimeoutMin().toMillis()));
    RaftServerConfigKeys.Rpc.setTimeoutMax(p, millis(tuning.electionTimeoutMax().toMillis()));
    RaftServerConfigKeys.Snapshot.setAutoTriggerEnabled(p, true);
    RaftServerConfigKeys.Snapshot.setAutoTriggerThreshold(p, tuning.snapshotThreshold());
    RaftServerConfigKeys.Snapshot.setRetentionFileNum(p, 2);
    // keep the entries a known follower still lacks: it catches up from the log, a new one from a
    // snapshot
    RaftServerConfigKeys.Log.setPurgeUptoSnapshotIndex(p, false);
    RaftServerConfigKeys.Log.setPurgeGap(p, (int) Math.min(1024, tuning.snapshotThreshold()));
    RaftServerConfigKeys.Log.setSegmentSizeMax(p, SizeInBytes.valueOf("64MB"));
    RaftServerConfigKeys.Log.Appender.setBufferByteLimit(p, ENTRY_LIMIT);
    RaftServerConfigKeys.Log.setWriteBufferSize(
        p, SizeInBytes.valueOf(ENTRY_LIMIT.getSize() + 1024 * 1024));
    RaftServerConfigKeys.Write.setByteLimit(p, SizeInBytes.valueOf("256MB"));
    return p;
  }

  static RaftProperties common() {
    RaftProperties p = new RaftProperties();
    GrpcConfigKeys.setMessageSizeMax(p, SizeInBytes.valueOf(ENTRY_LIMIT.getSize() * 2));
    return p;
  }

  static RaftClient client(ClusterSpec spec) {
    return RaftClient.newBuilder()
        .setProperties(common())
        .setRaftGroup(group(spec, spec.members()))
        .setClientId(ClientId.randomId())
        .setRetryPolicy(RetryPolicies.retryUpToMaximumCountWithFixedSleep(20, millis(250)))
        .build();
  }

  static RaftGroup group(ClusterSpec spec, List<Member> members) {
    return RaftGroup.valueOf(RaftGroupId.valueOf(spec.groupId()), peers(members));
  }

  static List<RaftPeer> peers(List<Member> members) {
    return members.stream()
        .map(
            m ->
                RaftPeer.newBuilder()
                    .setId(RaftPeerId.valueOf(m.id()))
                    .setAddress(m.raftAddress())
                    .build())
        .toList();
  }

  private static TimeDuration millis(long ms) {
    return TimeDuration.valueOf(ms, TimeUnit.MILLISECONDS);
  }
}
