package org.gridledger.cli.meters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.ledger.tx.RegisterMeter;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.metering.sim.SimulatedMeters;
import org.gridledger.node.client.NodeClient;

/**
 * Registers simulated meters on a node (with the DSO's key) and reads the node's metering counts;
 * the publishing itself is {@link ReadingSender}'s.
 */
final class MeterSimulation {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final URI node;
  private final NodeClient client;
  private final HttpClient http = HttpClient.newHttpClient();

  MeterSimulation(URI node) {
    this.node = node;
    this.client = new NodeClient(node);
  }

  /** Registers an owner and every meter, in batches, waiting for each batch's block. */
  void register(KeyPair dso, SimulatedMeters meters, String feeder) {
    String chain = client.chainId();
    long nonce = client.nextNonce(dso);
    KeyPair owner = KeyPair.fromSeed(new java.util.SplittableRandom(meters.id(0).hashCode()));
    List<Transaction> batch = new ArrayList<>();
    batch.add(
        Transaction.sign(
            dso,
            chain,
            nonce++,
            new RegisterParticipant(
                owner.publicKey(), "Simulated households", java.util.Set.of(Role.CONSUMER))));
    for (int i = 0; i < meters.count(); i++) {
      batch.add(
          Transaction.sign(
              dso,
              chain,
              nonce++,
              new RegisterMeter(
                  meters.id(i),
                  meters.key(i).publicKey(),
                  owner.publicKey(),
                  "sim-bus",
                  MeterKind.HOUSEHOLD,
                  feeder)));
      if (batch.size() == 4000 || i == meters.count() - 1) {
        submit(batch);
        batch.clear();
      }
    }
  }

  private void submit(List<Transaction> batch) {
    JsonNode answer = client.submitBatch(batch, true);
    for (JsonNode r : answer.path("results")) {
      String status = r.path("status").asText();
      if (!"committed".equals(status)) {
        throw new IllegalStateException("registration refused: " + r);
      }
    }
  }

  /** The node's counts: accepted, anchored, pending, refused (total). */
  Map<String, Long> stats() {
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(node.resolve("api/v1/metering/stats")).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      JsonNode body = JSON.readTree(response.body());
      long refused = 0;
      for (JsonNode n : body.path("refused")) {
        refused += n.asLong();
      }
      return Map.of(
          "accepted", body.path("accepted").asLong(),
          "anchored", body.path("anchored").asLong(),
          "pending", body.path("pending").asLong(),
          "refused", refused);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot reach the node at " + node + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
