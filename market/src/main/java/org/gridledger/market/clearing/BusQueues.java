package org.gridledger.market.clearing;

/**
 * The traded orders of one side grouped by bus, each bus's orders in priority order, with the
 * energy each still has to pair. Positions are indices into the side's sorted orders.
 */
final class BusQueues {

  private final int[] starts;
  private final int[] positions;
  private final int[] heads;
  private final long[] remaining;

  private BusQueues(int[] starts, int[] positions, long[] remaining) {
    this.starts = starts;
    this.positions = positions;
    this.heads = java.util.Arrays.copyOf(starts, starts.length - 1);
    this.remaining = remaining;
  }

  /**
   * Groups positions {@code 0..count-1} by bus.
   *
   * @param busOf the bus index of each position
   * @param fill the energy each position traded, copied as its remaining energy
   */
  static BusQueues of(int[] busOf, long[] fill, int count, int busCount) {
    int[] starts = new int[busCount + 1];
    for (int p = 0; p < count; p++) {
      starts[busOf[p] + 1]++;
    }
    for (int bus = 0; bus < busCount; bus++) {
      starts[bus + 1] += starts[bus];
    }
    int[] next = java.util.Arrays.copyOf(starts, busCount);
    int[] positions = new int[count];
    for (int p = 0; p < count; p++) {
      positions[next[busOf[p]]++] = p;
    }
    return new BusQueues(starts, positions, java.util.Arrays.copyOf(fill, count));
  }

  /** The best position at {@code bus} with energy left, or -1. */
  int peek(int bus) {
    int head = heads[bus];
    int end = starts[bus + 1];
    while (head < end && remaining[positions[head]] == 0) {
      head++;
    }
    heads[bus] = head;
    return head < end ? positions[head] : -1;
  }

  long remaining(int position) {
    return remaining[position];
  }

  void take(int position, long energy) {
    remaining[position] -= energy;
  }
}
