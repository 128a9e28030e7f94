package org.gridledger.node.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridledger.consensus.cluster.ClusterEntry;
import org.gridledger.consensus.cluster.RatisCluster;
import org.gridledger.ledger.chain.Block;
import org.gridledger.ledger.chain.BlockHeader;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.TransactionExecutor;
import org.gridledger.ledger.tx.Deposit;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.tx.Transfer;
import org.gridledger.ledger.units.Money;
import org.gridledger.ledger.verify.ChainVerifier;
import org.gridledger.node.Node;
import org.gridledger.node.client.NodeClient;
import org.gridledger.node.wiring.LedgerWiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real three-authority cluster in this process: Ratis, RocksDB and HTTP on loopback. */
class ClusterTest {
  @TempDir Path dir;

  @Test
  void replicatesAttestedBlocksAndKeepsEveryAcknowledgedTransactionAcrossALeaderLoss()
      throws Exception {
    try (TestCluster cluster = new TestCluster(dir, 3, 0, 10_000)) {
      List.of("n1", "n2", "n3").forEach(cluster::start);
      String leader = cluster.awaitLeader();
      String follower = leader.equals("n1") ? "n2" : "n1";
      NodeClient viaFollower = new NodeClient(cluster.uri(follower));
      String chainId = viaFollower.chainId();
      KeyPair alice = KeyPair.generate();
      List<String> acknowledged = new ArrayList<>();
      long dsoNonce = 0;
      acknowledged.add(
          committed(
              viaFollower.submit(
                  Transaction.sign(
                      cluster.dso(),
                      chainId,
                      dsoNonce++,
                      new RegisterParticipant(alice.publicKey(), "Alice", Set.of(Role.PROSUMER))),
                  true)));
      for (int i = 0; i < 5; i++) {
        acknowledged.add(
            committed(
                viaFollower.submit(
                    Transaction.sign(
                        cluster.dso(),
                        chainId,
                        dsoNonce++,
                        new Deposit(alice.publicKey(), Money.micros(1000), "d" + i)),
                    true)));
      }
      long height = cluster.nodes.get(leader).chain().head().height();
      cluster.awaitSameHead(height);
      assertSameChains(cluster);
      // attestations of a block reach the leader through the log after the followers applied it,
      // so a later block carries them: keep the chain moving until one does
      boolean attested = false;
      for (int i = 0; i < 20 && !attested; i++) {
        var chain = cluster.nodes.get(leader).chain();
        for (long h = 2; h <= chain.head().height() && !attested; h++) {
          attested = !chain.store().block(h).orElseThrow().header().attestations().isEmpty();
        }
        if (!attested) {
          acknowledged.add(
              committed(
                  viaFollower.submit(
                      Transaction.sign(
                          cluster.dso(),
                          chainId,
                          dsoNonce++,
                          new Deposit(alice.publicKey(), Money.micros(1), "tick " + i)),
                      true)));
        }
      }
      assertThat(attested).as("a later block carries the followers' attestations").isTrue();

      // reading the latest from a follower with consistency=leader
      assertThat(
              viaFollower
                  .get(
                      "api/v1/transactions/" + acknowledged.getLast() + "?consistency=leader", null)
                  .get("status")
                  .asText())
          .isEqualTo("committed");

      cluster.stop(leader);
      String next = cluster.awaitLeader();
      assertThat(next).isNotEqualTo(leader);
      NodeClient failover = cluster.failoverClient();
      for (int i = 0; i < 5; i++) {
        acknowledged.add(
            committed(
                failover.submit(
                    Transaction.sign(
                        alice,
                        chainId,
                        i,
                        new Transfer(cluster.dso().publicKey(), Money.micros(10), "")),
                    true)));
      }
      cluster.start(leader);
      cluster.awaitSameHead(cluster.nodes.get(next).chain().head().height());
      assertSameChains(cluster);
      for (var node : cluster.nodes.values()) {
        NodeClient client = new NodeClient(URIs.of(node));
        for (String hash : acknowledged) {
          assertThat(client.get("api/v1/transactions/" + hash, null).get("status").asText())
              .isEqualTo("committed");
        }
        assertThat(
                new ChainVerifier(
                        node.chain().store(),
                        new TransactionExecutor(chainId, LedgerWiring.rules()))
                    .verify()
                    .ok())
            .isTrue();
      }
    }
  }

  @Test
  void refusesAForgedBlockAndAddsAMemberThatCatchesUpFromASnapshot() throws Exception {
    try (TestCluster cluster = new TestCluster(dir, 3, 1, 8)) {
      List.of("n1", "n2", "n3").forEach(cluster::start);
      String leader = cluster.awaitLeader();
      NodeClient client = cluster.failoverClient();
      String chainId = client.chainId();
      for (int i = 0; i < 12; i++) {
        KeyPair p = KeyPair.generate();
        committed(
            client.submit(
                Transaction.sign(
                    cluster.dso(),
                    chainId,
                    i,
                    new RegisterParticipant(p.publicKey(), "P" + i, Set.of(Role.CONSUMER))),
                true));
      }
      Node leading = cluster.nodes.get(leader);
      long height = leading.chain().head().height();
      cluster.awaitSameHead(height);

      // n2 signs a block that claims a state root no execution gives: every node refuses it
      Block head = leading.chain().store().block(height).orElseThrow();
      BlockHeader forged =
          new BlockHeader(
              BlockHeader.VERSION,
              height + 1,
              head.hash(),
              head.header().timestampMillis() + 1,
              0,
              Block.txRoot(List.of()),
              Hash.ZERO,
              Hash.sha256(new byte[] {42}),
              cluster.keys.get(1).publicKey(),
              List.of());
      String outcome =
          RatisCluster.append(
              cluster.file.spec(),
              new ClusterEntry.BlockEntry(Block.sign(forged, List.of(), cluster.keys.get(1))));
      assertThat(outcome).startsWith("refused").contains("state root");
      cluster.awaitSameHead(height);
      assertThat(leading.chain().head().height()).isEqualTo(height);

      // n4 joins with an empty store; the log before the last snapshot is gone, so it installs one
      cluster.start("n4");
      RatisCluster.setVoters(cluster.file.spec(), List.of("n1", "n2", "n3", "n4"));
      committed(
          client.submit(
              Transaction.sign(
                  cluster.dso(),
                  chainId,
                  12,
                  new Deposit(cluster.dso().publicKey(), Money.micros(1), "after join")),
              true));
      cluster.awaitSameHead(height + 1);
      assertSameChains(cluster);
      assertThat(cluster.nodes.get("n4").cluster().orElseThrow().status().voters())
          .containsExactly("n1", "n2", "n3", "n4");

      RatisCluster.setVoters(cluster.file.spec(), List.of("n1", "n2", "n4"));
      String survivor = cluster.nodes.containsKey("n1") ? "n1" : "n2";
      TestCluster.await(
          () -> cluster.nodes.get(survivor).cluster().orElseThrow().status().voters().size() == 3,
          Duration.ofSeconds(20),
          "n3 removed");
      assertThat(cluster.nodes.get(survivor).cluster().orElseThrow().status().voters())
          .containsExactly("n1", "n2", "n4");
      assertThatThrownBy(() -> RatisCluster.setVoters(cluster.file.spec(), List.of("n9")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static String committed(com.fasterxml.jackson.databind.JsonNode answer) {
    assertThat(answer.get("status").asText()).as(answer.toString()).isEqualTo("committed");
    return answer.get("hash").asText();
  }

  private static void assertSameChains(TestCluster cluster) {
    List<Node> nodes = List.copyOf(cluster.nodes.values());
    long top = nodes.get(0).chain().head().height();
    for (long h = 0; h <= top; h++) {
      Hash expected = nodes.get(0).chain().store().block(h).orElseThrow().hash();
      for (Node n : nodes) {
        assertThat(n.chain().store().block(h).orElseThrow().hash())
            .as("block " + h)
            .isEqualTo(expected);
      }
    }
    for (Node n : nodes) {
      assertThat(n.chain().head().stateRoot()).isEqualTo(nodes.get(0).chain().head().stateRoot());
    }
  }

  /** The API address a node listens on. */
  private static final class URIs {
    static java.net.URI of(Node node) {
      return java.net.URI.create("http://127.0.0.1:" + node.port() + "/");
    }
  }
}
