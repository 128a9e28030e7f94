package org.gridledger.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridledger.ledger.chain.Genesis;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.tx.Role;

/**
 * The genesis file, documented in docs/genesis.md:
 *
 * <pre>
 * {"chain_id": "gridledger-local", "time": "2026-01-01T00:00:00Z",
 *  "dso": {"name": "DSO", "public_key": HEX},
 *  "participants": [{"name": ..., "public_key": HEX, "roles": ["prosumer", ...]}],
 *  "authorities": [HEX, ...]}
 * </pre>
 */
public final class GenesisFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GenesisFile() {}

  /**
   * Reads a genesis file.
   *
   * @throws IllegalArgumentException naming the file and the problem
   */
  public static Genesis read(Path file) {
    try {
      JsonNode root = JSON.readTree(file.toFile());
      return parse(root);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "genesis file " + file + " is not valid JSON: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("genesis file " + file + ": " + e.getMessage(), e);
    }
  }

  static Genesis parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the genesis must be a JSON object");
    }
    Set<String> known = Set.of("chain_id", "time", "dso", "participants", "authorities");
    root.fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown key \"" + name + "\"");
              }
            });
    Instant time = Instant.parse(required(root, "time").asText());
    JsonNode dso = required(root, "dso");
    Genesis.Member dsoMember =
        new Genesis.Member(key(dso), dso.path("name").asText("DSO"), Set.of(Role.DSO));
    List<Genesis.Member> members = new ArrayList<>();
    for (JsonNode p : root.path("participants")) {
      EnumSet<Role> roles = EnumSet.noneOf(Role.class);
      for (JsonNode r : p.path("roles")) {
        roles.add(Role.valueOf(r.asText().toUpperCase(Locale.ROOT).replace('-', '_')));
      }
      members.add(new Genesis.Member(key(p), required(p, "name").asText(), roles));
    }
    List<PublicKey> authorities = new ArrayList<>();
    for (JsonNode a : root.path("authorities")) {
      authorities.add(PublicKey.fromHex(a.asText()));
    }
    return new Genesis(
        required(root, "chain_id").asText(), time.toEpochMilli(), dsoMember, members, authorities);
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("\"" + field + "\" is missing");
    }
    return value;
  }

  private static PublicKey key(JsonNode node) {
    return PublicKey.fromHex(required(node, "public_key").asText());
  }

  public static void write(Path file, Genesis genesis) {
    ObjectNode root = JSON.createObjectNode();
    root.put("chain_id", genesis.chainId())
        .put("time", Instant.ofEpochMilli(genesis.timeMillis()).toString());
    root.putObject("dso")
        .put("name", genesis.dso().name())
        .put("public_key", genesis.dso().key().toHex());
    ArrayNode participants = root.putArray("participants");
    for (Genesis.Member m : genesis.participants()) {
      ObjectNode p =
          participants.addObject().put("name", m.name()).put("public_key", m.key().toHex());
      ArrayNode roles = p.putArray("roles");
      EnumSet.copyOf(m.roles()).forEach(r -> roles.add(r.name().toLowerCase(Locale.ROOT)));
    }
    ArrayNode authorities = root.putArray("authorities");
    genesis.authorities().forEach(k -> authorities.add(k.toHex()));
    try {
      Files.writeString(
          file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + file, e);
    }
  }
}
