package org.gridledger.ledger.store;

/** Where a committed transaction stands: its block's height and its index in that block. */
public record TxLocation(long height, int index) {}
