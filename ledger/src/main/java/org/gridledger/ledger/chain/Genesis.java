package org.gridledger.ledger.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridledger.ledger.account.Participant;
import org.gridledger.ledger.account.Registry;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.state.StateReader;
import org.gridledger.ledger.state.WriteSet;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Roles;

/**
 * The founding document of a chain: its id, its time, the DSO (the first authority) and any
 * participants registered from the start. Block 0 is derived from it deterministically: its
 * transaction root is the hash of this document's encoding, and it carries no signature.
 */
public record Genesis(
    String chainId,
    long timeMillis,
    Member dso,
    List<Member> participants,
    List<PublicKey> authorities) {

  /** A participant named in the genesis. */
  public record Member(PublicKey key, String name, Set<Role> roles) {
    public Member {
      roles = Set.copyOf(roles);
      if (roles.isEmpty()) {
        throw new IllegalArgumentException("genesis member " + name + " has no role");
      }
    }
  }

  public Genesis {
    if (chainId == null || !chainId.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
      throw new IllegalArgumentException(
          "chain id must be 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    if (!dso.roles().contains(Role.DSO)) {
      throw new IllegalArgumentException("the genesis DSO must hold the DSO role");
    }
    participants = List.copyOf(participants);
    authorities =
        authorities == null || authorities.isEmpty()
            ? List.of(dso.key())
            : List.copyOf(authorities);
    if (!authorities.contains(dso.key())) {
      throw new IllegalArgumentException("the DSO must be one of the authorities");
    }
  }

  /** A chain with the DSO alone. */
  public static Genesis of(String chainId, long timeMillis, PublicKey dsoKey) {
    return new Genesis(
        chainId, timeMillis, new Member(dsoKey, "DSO", Set.of(Role.DSO)), List.of(), List.of());
  }

  public byte[] encode() {
    ByteWriter out = new ByteWriter(256).u8(1).string(chainId).i64(timeMillis);
    writeMember(out, dso);
    out.i32(participants.size());
    participants.forEach(m -> writeMember(out, m));
    out.i32(authorities.size());
    authorities.forEach(out::key);
    return out.toBytes();
  }

  private static void writeMember(ByteWriter out, Member m) {
    out.key(m.key()).string(m.name()).i32(Roles.toMask(m.roles()));
  }

  public static Genesis decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    in.u8("genesis version");
    String chainId = in.string("chain id");
    long time = in.i64("time");
    Member dso = readMember(in);
    List<Member> members = new ArrayList<>();
    for (int i = in.i32("participants"); i > 0; i--) {
      members.add(readMember(in));
    }
    List<PublicKey> authorities = new ArrayList<>();
    for (int i = in.i32("authorities"); i > 0; i--) {
      authorities.add(in.key("authority"));
    }
    in.expectEnd("genesis");
    return new Genesis(chainId, time, dso, members, authorities);
  }

  private static Member readMember(ByteReader in) {
    return new Member(in.key("key"), in.string("name"), Roles.fromMask(in.i32("roles")));
  }

  /** The writes that found the state: every member registered at height 0. */
  public WriteSet stateWrites(StateReader empty) {
    StateOverlay state = new StateOverlay(empty);
    Registry.put(state, new Participant(dso.key(), dso.name(), dso.roles(), 0));
    for (Member m : participants) {
      Registry.put(state, new Participant(m.key(), m.name(), m.roles(), 0));
    }
    return state.toWriteSet();
  }

  /** Block 0: unsigned, its transaction root the hash of this document. */
  public Block block(WriteSet writes) {
    BlockHeader header =
        new BlockHeader(
            BlockHeader.VERSION,
            0,
            Hash.ZERO,
            timeMillis,
            0,
            Hash.sha256(encode()),
            Hash.ZERO,
            writes.nextRoot(Hash.ZERO),
            dso.key(),
            List.of());
    return new Block(header, Block.UNSIGNED, List.of());
  }
}
