package org.gridledger.node.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gridledger.consensus.cluster.ClusterSpec;
import org.gridledger.consensus.cluster.ClusterTuning;
import org.gridledger.consensus.cluster.Member;
import org.gridledger.ledger.chain.Genesis;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.node.GenesisFile;

/**
 * The cluster file (see docs/cluster.md): the Raft group, the genesis every member is founded from,
 * and the members. Unknown keys are refused, naming the key.
 *
 * @param genesisFile the genesis file, resolved against the cluster file's directory
 */
public record ClusterFile(
    ClusterSpec spec, Genesis genesis, Path genesisFile, ClusterTuning tuning) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TOP =
      Set.of("group_id", "genesis", "snapshot_threshold", "members");
  private static final Set<String> MEMBER = Set.of("id", "public_key", "raft", "api", "voter");

  public ClusterFile {
    for (Member m : spec.members()) {
      if (!genesis.authorities().contains(m.key())) {
        throw new IllegalArgumentException(
            "member " + m.id() + "'s key is not an authority of the genesis");
      }
    }
  }

  public static ClusterFile read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the cluster file " + file + ": " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the cluster file " + file + " is not a JSON object");
    }
    refuseUnknown(root, TOP, "the cluster file");
    List<Member> members = new ArrayList<>();
    for (JsonNode m : root.path("members")) {
      refuseUnknown(m, MEMBER, "a member");
      members.add(
          new Member(
              text(m, "id"),
              PublicKey.fromHex(text(m, "public_key")),
              text(m, "raft"),
              URI.create(text(m, "api")),
              m.path("voter").asBoolean(true)));
    }
    Path genesisFile = file.toAbsolutePath().getParent().resolve(text(root, "genesis"));
    ClusterTuning tuning = ClusterTuning.defaults();
    if (root.has("snapshot_threshold")) {
      tuning = tuning.withSnapshotThreshold(root.get("snapshot_threshold").asLong());
    }
    return new ClusterFile(
        new ClusterSpec(UUID.fromString(text(root, "group_id")), members),
        GenesisFile.read(genesisFile),
        genesisFile,
        tuning);
  }

  /** Writes {@code spec} to {@code file}, naming the genesis file relative to it. */
  public static void write(
      Path file, ClusterSpec spec, String genesisName, long snapshotThreshold) {
    ObjectNode root = JSON.createObjectNode();
    root.put("group_id", spec.groupId().toString())
        .put("genesis", genesisName)
        .put("snapshot_threshold", snapshotThreshold);
    ArrayNode members = root.putArray("members");
    for (Member m : spec.members()) {
      members
          .addObject()
          .put("id", m.id())
          .put("public_key", m.key().toHex())
          .put("raft", m.raftAddress())
          .put("api", m.api().toString())
          .put("voter", m.voter());
    }
    try {
      Files.writeString(
          file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("the cluster file needs \"" + field + "\" as text");
    }
    return value.asText();
  }

  private static void refuseUnknown(JsonNode node, Set<String> known, String what) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        throw new IllegalArgumentException(what + " has an unknown key \"" + name + "\"");
      }
    }
  }
}
