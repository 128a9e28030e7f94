package org.gridledger.node.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.gridledger.ledger.chain.MerkleProof;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.crypto.Signature;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.ledger.tx.Role;
import org.gridledger.metering.reading.Reading;
import org.gridledger.metering.reading.ReadingJson;
import org.gridledger.metering.reading.SignedReading;
import org.gridledger.node.Http;
import org.gridledger.node.client.NodeClientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readings published with a real MQTT client to the node's embedded broker and posted over HTTP,
 * read back as interval energy and as proofs checked against the chain's block headers.
 */
class MeteringNodeTest {
  private static final long MINUTE = 60_000;
  @TempDir Path dir;

  @Test
  void readingsOverMqttAndHttpComeBackAsIntervalEnergyAndVerifiedProofs() throws Exception {
    try (MeteringNode n = new MeteringNode(dir)) {
      KeyPair alice = n.participant("Alice", Role.PROSUMER);
      KeyPair bob = n.participant("Bob", Role.CONSUMER);
      KeyPair kA = n.meter("m-alice", alice, MeterKind.HOUSEHOLD, "F1");
      KeyPair kB = n.meter("m-bob", bob, MeterKind.HOUSEHOLD, "F1");
      long base = (System.currentTimeMillis() - 60 * MINUTE) / (15 * MINUTE) * (15 * MINUTE);

      Mqtt3BlockingClient mqtt =
          MqttClient.builder()
              .useMqttVersion3()
              .identifier("meter-a")
              .serverHost("127.0.0.1")
              .serverPort(n.mqttPort())
              .buildBlocking();
      mqtt.connect();
      for (int i = 0; i <= 6; i++) {
        SignedReading r =
            Reading.of("m-alice", i, base + i * 5 * MINUTE, 1000 + 100L * i, 7L * i).sign(kA);
        mqtt.publishWith()
            .topic("gridledger/meters/m-alice/readings")
            .qos(MqttQos.AT_LEAST_ONCE)
            .payload(ReadingJson.toBytes(r))
            .send();
      }
      mqtt.disconnect();

      ByteArrayOutputStream binary = new ByteArrayOutputStream();
      for (int i = 0; i <= 6; i++) {
        byte[] r = Reading.of("m-bob", i, base + i * 5 * MINUTE, 50L * i, 0).sign(kB).encode();
        binary.write(r.length >>> 8);
        binary.write(r.length);
        binary.write(r);
      }
      Http.Answer posted =
          Http.post(
              n.uri(),
              "api/v1/meters/readings?wait=true",
              "application/octet-stream",
              binary.toByteArray());
      assertThat(posted.status()).isEqualTo(200);
      assertThat(posted.body().get("accepted").asInt()).isEqualTo(7);
      assertThat(posted.body().get("anchored").asBoolean()).isTrue();

      awaitAnchored(n, "m-alice", alice, 6);
      String start = Instant.ofEpochMilli(base + 15 * MINUTE).toString();
      JsonNode energy =
          n.client.get("api/v1/meters/m-alice/energy?start=" + start + "&minutes=15", alice);
      assertThat(energy.get("import_wh").asLong()).isEqualTo(300);
      assertThat(energy.get("export_wh").asLong()).isEqualTo(21);
      assertThat(energy.get("estimated").asBoolean()).isFalse();
      JsonNode bobs =
          n.client.get("api/v1/meters/m-bob/energy?start=" + start + "&minutes=15", n.dso);
      assertThat(bobs.get("import_wh").asLong()).isEqualTo(150);

      JsonNode proof = n.client.get("api/v1/meters/m-alice/readings/4/proof", alice);
      assertThat(proof.get("verified").asBoolean()).isTrue();
      assertProofHolds(n, proof, kA);

      assertThatThrownBy(() -> n.client.get("api/v1/meters/m-alice/energy?start=" + start, bob))
          .isInstanceOfSatisfying(
              NodeClientException.class, e -> assertThat(e.status()).isEqualTo(403));
      assertThat(Http.get(n.uri(), "api/v1/meters/m-alice/readings/4/proof", null).status())
          .isEqualTo(401);
      JsonNode feeder = Http.get(n.uri(), "api/v1/feeders/F1/energy?start=" + start, null).body();
      assertThat(feeder.get("suppressed").asBoolean()).isTrue();

      String metrics = Http.get(n.uri(), "metrics", null).body().asText();
      assertThat(metrics)
          .contains("gridledger_readings_accepted_total{source=\"mqtt\"} 7.0")
          .contains("gridledger_readings_accepted_total{source=\"http\"} 7.0")
          .contains("gridledger_readings_anchored_total 14.0");
    }
  }

  /** Checks the proof as an auditor would: the path to the anchor root of the public header. */
  private static void assertProofHolds(MeteringNode n, JsonNode proof, KeyPair meterKey) {
    SignedReading reading = ReadingJson.read(proof.get("reading"));
    assertThat(reading.verifies(meterKey.publicKey())).isTrue();
    List<MerkleProof.Step> steps = new ArrayList<>();
    for (JsonNode step : proof.get("path")) {
      steps.add(
          new MerkleProof.Step(
              Hash.fromHex(step.get("sibling").asText()),
              "left".equals(step.get("side").asText())));
    }
    MerkleProof path = new MerkleProof(reading.leaf(), steps);
    JsonNode block = n.client.get("api/v1/blocks/" + proof.get("height").asLong(), null);
    Hash root = Hash.fromHex(block.get("anchor_root").asText());
    assertThat(path.verifies(root)).isTrue();
    SignedReading altered =
        new SignedReading(
            Reading.of(
                reading.reading().meterId(),
                reading.reading().sequence(),
                reading.reading().timestampMillis(),
                reading.reading().importRegister().wh() - 1,
                reading.reading().exportRegister().wh()),
            Signature.wrap(
                Base64.getDecoder().decode(proof.get("reading").get("signature").asText())));
    assertThat(new MerkleProof(altered.leaf(), steps).verifies(root)).isFalse();
  }

  static void awaitAnchored(MeteringNode n, String meterId, KeyPair reader, long sequence)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      JsonNode meter = n.client.get("api/v1/meters/" + meterId, reader);
      if (meter.path("last_anchored").path("sequence").asLong(-1) >= sequence) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("reading " + sequence + " of " + meterId + " was never anchored");
  }
}
