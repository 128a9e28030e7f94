package org.gridledger.metering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.gridledger.ledger.chain.BlockHeader;
import org.gridledger.ledger.chain.MerkleProof;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.metering.anchor.ReadingProof;
import org.gridledger.metering.ingest.RawReading;
import org.gridledger.metering.ingest.ReadingResult;
import org.gridledger.metering.reading.Reading;
import org.gridledger.metering.reading.SignedReading;
import org.gridledger.metering.registry.Meter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnchoringTest {
  @TempDir Path dir;

  @Test
  void aBlockAnchorsTheAcceptedReadingsAndEachProofVerifiesAgainstItsHeader() {
    try (MeteringFixture f = new MeteringFixture(dir, Clock.systemUTC())) {
      KeyPair k1 = f.meter("m-1", MeterKind.HOUSEHOLD, "F1");
      KeyPair k2 = f.meter("m-2", MeterKind.HOUSEHOLD, "F1");
      long t = System.currentTimeMillis() - 60_000;
      List<RawReading> batch = new java.util.ArrayList<>();
      for (int i = 0; i < 5; i++) {
        batch.add(
            RawReading.http(Reading.of("m-1", i, t + i * 1000, 100 + i, 0).sign(k1).encode()));
        batch.add(
            RawReading.http(Reading.of("m-2", i, t + i * 1000, 200 + i, i).sign(k2).encode()));
      }
      List<ReadingResult> results = f.metering.ingestor().ingest(batch);
      assertThat(results).allMatch(ReadingResult::isAccepted);
      assertThat(f.metering.anchors().pending()).isEqualTo(10);

      BlockHeader header = f.block().block().header();

      assertThat(header.anchorRoot()).isNotEqualTo(Hash.ZERO);
      assertThat(f.metering.anchors().pending()).isZero();
      Meter m2 = f.metering.meters().find("m-2").orElseThrow();
      ReadingProof proof = f.metering.proofs().proof("m-2", 3).orElseThrow();
      assertThat(proof.header()).isEqualTo(header);
      assertThat(proof.reading().reading().importRegister().wh()).isEqualTo(203);
      assertThat(proof.verifies(m2)).isTrue();
      assertThat(f.metering.proofs().proof("m-2", 9)).isEmpty();
    }
  }

  @Test
  void aTamperedReadingOrAnotherBlocksRootFailsTheProof() {
    try (MeteringFixture f = new MeteringFixture(dir, Clock.systemUTC())) {
      KeyPair k = f.meter("m-1", MeterKind.HOUSEHOLD, "F1");
      long t = System.currentTimeMillis() - 60_000;
      for (int i = 0; i < 3; i++) {
        f.metering
            .ingestor()
            .ingest(RawReading.http(Reading.of("m-1", i, t + i, 10 * i, 0).sign(k).encode()));
      }
      f.block();
      f.metering
          .ingestor()
          .ingest(RawReading.http(Reading.of("m-1", 3, t + 3, 99, 0).sign(k).encode()));
      BlockHeader later = f.block().block().header();
      Meter meter = f.metering.meters().find("m-1").orElseThrow();
      ReadingProof proof = f.metering.proofs().proof("m-1", 1).orElseThrow();
      assertThat(proof.verifies(meter)).isTrue();

      SignedReading forged =
          new SignedReading(Reading.of("m-1", 1, t + 1, 5, 0), proof.reading().signature());
      assertThat(
              new ReadingProof(forged, proof.header(), proof.index(), proof.path()).verifies(meter))
          .isFalse();
      assertThat(
              new ReadingProof(proof.reading(), later, proof.index(), proof.path()).verifies(meter))
          .isFalse();
      MerkleProof wrongPath = new MerkleProof(proof.reading().leaf(), List.of());
      assertThat(new ReadingProof(proof.reading(), proof.header(), 0, wrongPath).verifies(meter))
          .isFalse();
    }
  }

  @Test
  void readingsOfAnAbandonedProposalAreAnchoredByTheNextBlock() {
    try (MeteringFixture f = new MeteringFixture(dir, Clock.systemUTC())) {
      KeyPair k = f.meter("m-1", MeterKind.HOUSEHOLD, "F1");
      long t = System.currentTimeMillis() - 60_000;
      f.metering.ingestor().ingest(RawReading.http(Reading.of("m-1", 0, t, 1, 0).sign(k).encode()));
      long height = f.chain.head().height() + 1;
      f.metering.anchors().prepare(height);
      f.metering.anchors().settled(height, false);
      assertThat(f.metering.anchors().pending()).isEqualTo(1);
      f.block();
      assertThat(f.metering.proofs().proof("m-1", 0)).isPresent();
    }
  }
}
