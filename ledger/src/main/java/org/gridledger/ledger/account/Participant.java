package org.gridledger.ledger.account;

import java.util.Set;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Roles;

/** A registered participant: key, name, roles, and the height at which it was registered. */
public record Participant(PublicKey key, String name, Set<Role> roles, long registeredAt) {
  public Participant {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether this participant may read every participant's private data (DSO, auditor). */
  public boolean seesAll() {
    return roles.stream().anyMatch(Role::seesAll);
  }

  byte[] encode() {
    return new ByteWriter(64)
        .key(key)
        .string(name)
        .i32(Roles.toMask(roles))
        .i64(registeredAt)
        .toBytes();
  }

  static Participant decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    Participant p =
        new Participant(
            in.key("key"), in.string("name"), Roles.fromMask(in.i32("roles")), in.i64("height"));
    in.expectEnd("participant");
    return p;
  }
}
