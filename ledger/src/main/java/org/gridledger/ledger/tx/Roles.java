package org.gridledger.ledger.tx;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.gridledger.ledger.codec.CodecException;

/** The bit-mask encoding of a set of roles: bit {@code ordinal} set for each role held. */
public final class Roles {
  private Roles() {}

  public static int toMask(Collection<Role> roles) {
    int mask = 0;
    for (Role role : roles) {
      mask |= 1 << role.ordinal();
    }
    return mask;
  }

  public static Set<Role> fromMask(int mask) {
    Role[] all = Role.values();
    if ((mask & ~((1 << all.length) - 1)) != 0) {
      throw new CodecException("role mask " + mask + " names an unknown role");
    }
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : all) {
      if ((mask & 1 << role.ordinal()) != 0) {
        roles.add(role);
      }
    }
    return Set.copyOf(roles);
  }
}
