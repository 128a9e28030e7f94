package org.gridledger.metering.store;

import java.util.Set;

/**
 * The column families metering keeps in the node's chain store, beside the chain's own.
 *
 * <ul>
 *   <li>{@link #READINGS}: {@code meterId 0x00 timestamp} (big-endian ms) → stored reading
 *   <li>{@link #BY_SEQUENCE}: {@code meterId 0x00 sequence} → timestamp
 *   <li>{@link #HEADS}: {@code meterId} → the meter's last anchored reading
 *   <li>{@link #ANCHORS}: block height → the Merkle leaves the block anchors
 *   <li>{@link #REFUSED}: slot (ring of {@link RefusedLog#CAPACITY}) → refused reading and reason
 * </ul>
 */
public final class MeteringFamilies {
  public static final String READINGS = "mtr_readings";
  public static final String BY_SEQUENCE = "mtr_by_seq";
  public static final String HEADS = "mtr_heads";
  public static final String ANCHORS = "mtr_anchors";
  public static final String REFUSED = "mtr_refused";

  /** All of them, for {@code ChainStore.open}. */
  public static final Set<String> ALL = Set.of(READINGS, BY_SEQUENCE, HEADS, ANCHORS, REFUSED);

  private MeteringFamilies() {}
}
