package org.gridledger.node.metering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.crypto.Signature;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.ledger.tx.Role;
import org.gridledger.metering.mqtt.MqttReadingPublisher;
import org.gridledger.metering.reading.Reading;
import org.gridledger.metering.reading.ReadingJson;
import org.gridledger.metering.reading.SignedReading;
import org.gridledger.node.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Junk over HTTP and MQTT: each refused with its reason, recorded and counted in /metrics, while
 * the broker and the node keep serving the good readings around it.
 */
class MeteringBadInputTest {
  @TempDir Path dir;

  private static Http.Answer post(MeteringNode n, String type, byte[] body) {
    return Http.post(n.uri(), "api/v1/meters/readings", type, body);
  }

  private static byte[] json(SignedReading r) {
    return ReadingJson.toBytes(r);
  }

  @Test
  void refusedReadingsNameTheirReasonAndNothingElseIsDisturbed() throws Exception {
    try (MeteringNode n = new MeteringNode(dir)) {
      KeyPair owner = n.participant("Owner", Role.PROSUMER);
      KeyPair key = n.meter("m-1", owner, MeterKind.HOUSEHOLD, "F1");
      long t = System.currentTimeMillis() - 600_000;
      String type = "application/json";

      assertThat(post(n, type, json(Reading.of("m-1", 5, t, 100, 0).sign(key))).status())
          .isEqualTo(202);
      Reading next = Reading.of("m-1", 6, t + 1000, 110, 0);
      Http.Answer a = post(n, type, json(new SignedReading(next, Signature.wrap(new byte[64]))));
      assertThat(a.status()).isEqualTo(401);
      assertThat(a.body().get("error").asText()).isEqualTo("bad_signature");
      assertThat(post(n, type, json(next.sign(KeyPair.generate()))).body().get("error").asText())
          .isEqualTo("bad_signature");
      a = post(n, type, json(Reading.of("m-x", 1, t, 1, 0).sign(key)));
      assertThat(a.status()).isEqualTo(422);
      assertThat(a.body().get("error").asText()).isEqualTo("unknown_meter");
      a = post(n, type, json(Reading.of("m-1", 5, t, 100, 0).sign(key)));
      assertThat(a.status()).isEqualTo(409);
      assertThat(a.body().get("error").asText()).isEqualTo("duplicate");
      a = post(n, type, json(Reading.of("m-1", 4, t + 5, 100, 0).sign(key)));
      assertThat(a.body().get("error").asText()).isEqualTo("replayed_sequence");
      a = post(n, type, json(Reading.of("m-1", 6, t + 1000, 99, 0).sign(key)));
      assertThat(a.body().get("error").asText()).isEqualTo("decreasing_register");
      a = post(n, type, json(Reading.of("m-1", 6, t + 86_400_000, 120, 0).sign(key)));
      assertThat(a.status()).isEqualTo(422);
      assertThat(a.body().get("error").asText()).isEqualTo("future_timestamp");
      a = post(n, type, "{not json".getBytes(StandardCharsets.UTF_8));
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.body().get("error").asText()).isEqualTo("malformed");
      a = post(n, "application/octet-stream", new byte[] {0, 3, 1, 2, 3});
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.body().get("results").get(0).get("reason").asText()).isEqualTo("malformed");
      assertThat(post(n, "text/plain", new byte[] {1}).status()).isEqualTo(415);

      try (MqttReadingPublisher mqtt =
          MqttReadingPublisher.connect("127.0.0.1", n.mqttPort(), false, null, null)) {
        mqtt.publish("m-1", "garbage".getBytes(StandardCharsets.UTF_8)).get(5, TimeUnit.SECONDS);
        mqtt.publish("m-1", new byte[0]).get(5, TimeUnit.SECONDS);
        mqtt.publish("m-2", json(next.sign(key))).get(5, TimeUnit.SECONDS);
        mqtt.publishTo("gridledger/meters/m-1/other", json(next.sign(key)))
            .get(5, TimeUnit.SECONDS);
        mqtt.publish("m-1", next.sign(key).encode()).get(5, TimeUnit.SECONDS);
      }
      MeteringNodeTest.awaitAnchored(n, "m-1", owner, 6);

      JsonNode refused = n.client.get("api/v1/metering/refused?limit=50", n.dso).get("refused");
      assertThat(refused).hasSize(12);
      assertThat(refused.get(0).get("source").asText()).isEqualTo("mqtt");
      assertThat(refused.get(0).get("reason").asText()).isEqualTo("topic_mismatch");
      String metrics = Http.get(n.uri(), "metrics", null).body().asText();
      assertThat(metrics)
          .contains(
              "gridledger_readings_refused_total{reason=\"bad_signature\",source=\"http\"} 2.0")
          .contains("gridledger_readings_refused_total{reason=\"malformed\",source=\"mqtt\"} 1.0")
          .contains(
              "gridledger_readings_refused_total{reason=\"unsupported_version\",source=\"mqtt\"} 1.0")
          .contains("gridledger_readings_refused_total{reason=\"malformed\",source=\"http\"} 2.0")
          .contains("gridledger_readings_accepted_total{source=\"mqtt\"} 1.0");
      assertThat(Http.get(n.uri(), "health", null).status()).isEqualTo(200);
      JsonNode stats = Http.get(n.uri(), "api/v1/metering/stats", null).body();
      assertThat(stats.get("accepted").asLong()).isEqualTo(2);
      assertThat(stats.get("refused").get("duplicate").asLong()).isEqualTo(1);
    }
  }
}
