package org.gridledger.market.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringTableTest {

  @Test
  void mapsStringsToValuesThroughCollisions() {
    StringTable table = new StringTable(3);
    assertThat(table.putIfAbsent("Aa", 1)).isEqualTo(-1);
    assertThat(table.putIfAbsent("BB", 2)).isEqualTo(-1);
    assertThat(table.putIfAbsent("Aa", 9)).isEqualTo(1);
    table.setAt(table.slotOf("BB"), "BB", 5);
    assertThat(table.valueAt(table.slotOf("Aa"))).isEqualTo(1);
    assertThat(table.valueAt(table.slotOf("BB"))).isEqualTo(5);
    assertThat(table.valueAt(table.slotOf("C"))).isEqualTo(-1);
  }
}
