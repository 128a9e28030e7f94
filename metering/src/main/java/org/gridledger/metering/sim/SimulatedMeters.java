package org.gridledger.metering.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.metering.reading.Reading;

/**
 * A population of simulated household meters, reproducible from a seed: ids {@code PREFIX-00001…},
 * keys drawn from the seed, and readings whose registers grow like a household's (about 0.5 kW on
 * average, some with PV export). Never for real meters.
 */
public final class SimulatedMeters {
  private final String prefix;
  private final List<KeyPair> keys;
  private final SplittableRandom random;
  private final long[] imported;
  private final long[] exported;
  private long step;

  public SimulatedMeters(String prefix, int count, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("simulate at least one meter");
    }
    this.prefix = prefix;
    SplittableRandom keyRandom = new SplittableRandom(seed);
    keys = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      keys.add(KeyPair.fromSeed(keyRandom.split()));
    }
    random = new SplittableRandom(seed ^ 0x5eed);
    imported = new long[count];
    exported = new long[count];
  }

  public int count() {
    return keys.size();
  }

  public String id(int i) {
    return prefix + "-" + String.format("%05d", i + 1);
  }

  public KeyPair key(int i) {
    return keys.get(i);
  }

  /**
   * The next {@code steps} readings of every meter, signed, in binary form and time order: reading
   * k of all meters (k counted from the first ever asked for) at {@code startMillis + k *
   * periodMillis}, meter after meter. Registers continue from the previous call.
   */
  public List<byte[]> next(int steps, long startMillis, long periodMillis) {
    long meanWh = Math.max(1, periodMillis * 500 / 3_600_000);
    List<byte[]> out = new ArrayList<>(keys.size() * steps);
    for (int s = 0; s < steps; s++, step++) {
      long t = startMillis + step * periodMillis;
      for (int i = 0; i < keys.size(); i++) {
        out.add(Reading.of(id(i), step, t, imported[i], exported[i]).sign(keys.get(i)).encode());
        imported[i] += random.nextLong(2 * meanWh + 1);
        if (i % 4 == 0) {
          exported[i] += random.nextLong(meanWh + 1);
        }
      }
    }
    return out;
  }
}
