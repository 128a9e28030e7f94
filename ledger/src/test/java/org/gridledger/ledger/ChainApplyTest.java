package org.gridledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gridledger.ledger.chain.Applied;
import org.gridledger.ledger.chain.Attestation;
import org.gridledger.ledger.chain.Block;
import org.gridledger.ledger.chain.BlockHeader;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.ledger.chain.Genesis;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.RuleBook;
import org.gridledger.ledger.exec.TransactionExecutor;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.verify.ChainVerifier;
import org.gridledger.ledger.verify.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A follower applies the blocks another authority proposed, and refuses forged ones. */
class ChainApplyTest {
  private static final String CHAIN = "apply-chain";
  private final Random random = new Random(11);
  private final KeyPair dso = KeyPair.fromSeed(random);
  private final KeyPair aggregator = KeyPair.fromSeed(random);
  private final KeyPair outsider = KeyPair.fromSeed(random);
  private final Genesis genesis =
      new Genesis(
          CHAIN,
          1_767_225_600_000L,
          new Genesis.Member(dso.publicKey(), "DSO", Set.of(Role.DSO)),
          List.of(),
          List.of(dso.publicKey(), aggregator.publicKey()));
  private final TransactionExecutor executor = new TransactionExecutor(CHAIN, RuleBook.core());

  @TempDir Path dir;

  private ChainStore open(String name) {
    return ChainStore.open(dir.resolve(name), false);
  }

  @Test
  void aFollowerReachesTheSameStateRootAndRefusesForgeries() {
    try (ChainStore leaderStore = open("leader");
        ChainStore followerStore = open("follower")) {
      Chain leader = Chain.found(leaderStore, genesis, executor);
      Chain follower = Chain.found(followerStore, genesis, executor);
      for (int i = 0; i < 3; i++) {
        Proposal next =
            leader.propose(List.of(), leader.head().timestampMillis() + 1, dso, List.of(), true);
        leader.commit(next);
        assertThat(follower.apply(next.block())).isInstanceOf(Applied.Committed.class);
      }
      Proposal withTxs =
          leader.propose(
              List.of(
                  Transaction.sign(
                      dso,
                      CHAIN,
                      0,
                      new RegisterParticipant(
                          outsider.publicKey(), "Outsider", Set.of(Role.CONSUMER)))),
              leader.head().timestampMillis() + 1,
              aggregator,
              List.of(Attestation.sign(dso, leader.head().hash())),
              true);
      leader.commit(withTxs);

      Block real = withTxs.block();
      BlockHeader h = real.header();
      Block wrongRoot =
          Block.sign(
              new BlockHeader(
                  h.version(),
                  h.height(),
                  h.previous(),
                  h.timestampMillis(),
                  h.txCount(),
                  h.txRoot(),
                  h.anchorRoot(),
                  Hash.sha256(new byte[] {1}),
                  h.proposer(),
                  h.attestations()),
              real.transactions(),
              aggregator);
      assertThat(follower.apply(wrongRoot))
          .isEqualTo(new Applied.Refused("block 4: the state root differs from the replay's"));
      Block byOutsider = Block.sign(withHeader(h, outsider, h.attestations()), List.of(), outsider);
      assertThat(((Applied.Refused) follower.apply(byOutsider)).problem())
          .contains("not an authority");
      Block forgedAttestation =
          Block.sign(
              withHeader(h, aggregator, List.of(Attestation.sign(dso, Hash.sha256(new byte[2])))),
              List.of(),
              aggregator);
      assertThat(((Applied.Refused) follower.apply(forgedAttestation)).problem())
          .contains("bad attestation by " + dso.publicKey());
      List<Transaction> tampered = List.of(tamperedSignature(real.transactions().get(0)));
      Block badTxSignature =
          Block.sign(
              new BlockHeader(
                  h.version(),
                  h.height(),
                  h.previous(),
                  h.timestampMillis(),
                  1,
                  Block.txRoot(tampered),
                  h.anchorRoot(),
                  h.stateRoot(),
                  h.proposer(),
                  h.attestations()),
              tampered,
              aggregator);
      assertThat(((Applied.Refused) follower.apply(badTxSignature)).problem())
          .contains("bad signature");
      assertThat(follower.head().height()).isEqualTo(3);

      assertThat(follower.apply(real)).isInstanceOf(Applied.Committed.class);
      assertThat(follower.head()).isEqualTo(leader.head());
      assertThat(follower.apply(real)).isInstanceOf(Applied.Refused.class);
      assertThat(new ChainVerifier(followerStore, executor).verify().ok()).isTrue();
    }
  }

  @Test
  void chainVerifyNamesTheHeightOfABadAttestation() {
    try (ChainStore store = open("chain")) {
      Chain chain = Chain.found(store, genesis, executor);
      chain.commit(chain.propose(List.of(), genesis.timeMillis() + 1, dso, List.of(), true));
      Attestation wrong = Attestation.sign(aggregator, Hash.sha256(new byte[] {7}));
      chain.commit(chain.propose(List.of(), genesis.timeMillis() + 2, dso, List.of(wrong), true));
      chain.commit(chain.propose(List.of(), genesis.timeMillis() + 3, dso, List.of(), true));
      VerificationReport report = new ChainVerifier(store, executor).verify();
      assertThat(report.ok()).isFalse();
      assertThat(report.firstBadHeight()).isEqualTo(2);
      assertThat(report.problem()).contains("bad attestation by " + aggregator.publicKey());
    }
  }

  private static BlockHeader withHeader(
      BlockHeader h, KeyPair proposer, List<Attestation> attestations) {
    return new BlockHeader(
        h.version(),
        h.height(),
        h.previous(),
        h.timestampMillis(),
        0,
        Block.txRoot(List.of()),
        h.anchorRoot(),
        h.stateRoot(),
        proposer.publicKey(),
        attestations);
  }

  private static Transaction tamperedSignature(Transaction tx) {
    byte[] bytes = tx.encoded().clone();
    bytes[bytes.length - 1] ^= 1;
    return Transaction.decode(bytes);
  }
}
