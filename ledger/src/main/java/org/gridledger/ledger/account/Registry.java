package org.gridledger.ledger.account;

import java.util.Optional;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.state.Key;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.state.StateReader;

/**
 * Participants (namespace {@code part}, by key) and devices (namespace {@code dev}, by id; {@code
 * devkey} maps a device key to its id so that no key serves twice).
 */
public final class Registry {
  public static final String PARTICIPANTS = "part";
  static final String DEVICES = "dev";
  static final String DEVICE_KEYS = "devkey";

  private Registry() {}

  public static Optional<Participant> participant(StateReader state, PublicKey key) {
    byte[] bytes = state.get(Key.of(PARTICIPANTS, key.toBytes()));
    return bytes == null ? Optional.empty() : Optional.of(Participant.decode(bytes));
  }

  public static void put(StateOverlay state, Participant participant) {
    state.put(Key.of(PARTICIPANTS, participant.key().toBytes()), participant.encode());
  }

  public static Optional<Device> device(StateReader state, String id) {
    byte[] bytes = state.get(Key.of(DEVICES, id));
    return bytes == null ? Optional.empty() : Optional.of(Device.decode(bytes));
  }

  public static boolean deviceKeyInUse(StateReader state, PublicKey key) {
    return state.get(Key.of(DEVICE_KEYS, key.toBytes())) != null;
  }

  public static void put(StateOverlay state, Device device) {
    state.put(Key.of(DEVICES, device.id()), device.encode());
    state.put(
        Key.of(DEVICE_KEYS, device.key().toBytes()),
        device.id().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Decodes a participant record read from the {@code part} namespace (for listings). */
  public static Participant decodeParticipant(byte[] bytes) {
    return Participant.decode(bytes);
  }
}
