package org.gridledger.ledger.account;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.Hex;
import org.gridledger.ledger.crypto.PublicKey;

/**
 * An account that holds money: a participant's (its id is its public key) or a system account of
 * the ledger such as the settlement gateway or an escrow (its id is the SHA-256 of its label, so it
 * can never be a key that signs).
 */
public final class AccountId implements Comparable<AccountId> {
  /** The DSO's settlement gateway: its balance is minus all the money on the ledger. */
  public static final AccountId GATEWAY = system("gateway");

  /**
   * The DSO as supplier at its tariff and collector of network fees: imbalances and fees settle
   * against it. It may go negative (the DSO owes more feed-in than it has collected).
   */
  public static final AccountId GRID = system("grid");

  private final byte[] bytes;

  private AccountId(byte[] bytes) {
    this.bytes = bytes;
  }

  public static AccountId of(PublicKey key) {
    return new AccountId(key.toBytes());
  }

  public static AccountId system(String label) {
    return new AccountId(
        Hash.sha256(("gridledger/account/" + label).getBytes(StandardCharsets.UTF_8)).toBytes());
  }

  /** Where a participant's unpaid metered consumption is booked (never positive). */
  public static AccountId arrearsOf(PublicKey participant) {
    return system("arrears/" + participant.toHex());
  }

  public static AccountId fromHex(String hex) {
    return new AccountId(Hex.decode(hex, 32, "account id"));
  }

  public byte[] toBytes() {
    return bytes.clone();
  }

  public String toHex() {
    return Hex.encode(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountId other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public int compareTo(AccountId o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public String toString() {
    return equals(GATEWAY) ? "gateway" : equals(GRID) ? "grid" : toHex();
  }
}
