package org.gridledger.cli.meters;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.gridledger.metering.mqtt.MqttReadingPublisher;
import org.gridledger.metering.reading.SignedReading;

/**
 * Sends signed readings to a node: over MQTT (QoS 1, binary payloads, at most {@link #IN_FLIGHT}
 * unacknowledged) or over HTTP (binary batches of {@link #HTTP_BATCH}), paced to {@code rate} per
 * second when positive.
 */
final class ReadingSender {
  static final int IN_FLIGHT = 20_000;
  static final int HTTP_BATCH = 2_000;

  private ReadingSender() {}

  static void overMqtt(MqttReadingPublisher mqtt, List<byte[]> readings, int meters, double rate)
      throws InterruptedException {
    Semaphore window = new Semaphore(IN_FLIGHT);
    long start = System.nanoTime();
    for (int i = 0; i < readings.size(); i++) {
      pace(start, i, rate);
      window.acquire();
      byte[] r = readings.get(i);
      mqtt.publish(SignedReading.decode(r).reading().meterId(), r)
          .whenComplete((ok, error) -> window.release());
    }
    if (!window.tryAcquire(IN_FLIGHT, 60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the broker did not acknowledge every reading in time");
    }
  }

  static void overHttp(URI node, List<byte[]> readings, double rate) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long start = System.nanoTime();
    for (int from = 0; from < readings.size(); from += HTTP_BATCH) {
      pace(start, from, rate);
      ByteArrayOutputStream body = new ByteArrayOutputStream(HTTP_BATCH * 120);
      for (byte[] r : readings.subList(from, Math.min(readings.size(), from + HTTP_BATCH))) {
        body.write(r.length >>> 8);
        body.write(r.length);
        body.write(r);
      }
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(node.resolve("api/v1/meters/readings"))
                  .header("Content-Type", "application/octet-stream")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "the node answered " + response.statusCode() + ": " + response.body());
      }
    }
  }

  private static void pace(long startNanos, int sent, double rate) throws InterruptedException {
    if (rate <= 0) {
      return;
    }
    long due = startNanos + (long) (sent / rate * 1e9);
    long wait = due - System.nanoTime();
    if (wait > 1_000_000) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }
}
