package org.gridledger.ledger.tx;

import java.util.EnumSet;
import java.util.Set;
import org.gridledger.ledger.crypto.PublicKey;

/** The DSO admits a participant: its key, a display name and its roles. DSO only. */
public record RegisterParticipant(PublicKey key, String name, Set<Role> roles) implements Payload {
  public RegisterParticipant {
    Text.present(key, "key");
    Text.require(name, "name", 100, false);
    Text.present(roles, "roles");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a participant needs at least one role");
    }
    roles = Set.copyOf(EnumSet.copyOf(roles));
  }

  @Override
  public PayloadType type() {
    return PayloadType.REGISTER_PARTICIPANT;
  }
}
