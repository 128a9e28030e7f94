package org.gridledger.node.wiring;

import org.gridledger.ledger.chain.Block;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.ledger.store.Head;
import org.gridledger.ledger.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a node checks of its store before it serves: the head record matches the head block, and the
 * last blocks link, are signed by their proposers and carry their transactions' root. The full
 * replay is {@code gridledger chain verify}.
 */
final class StartupCheck {
  private static final Logger LOG = LoggerFactory.getLogger(StartupCheck.class);
  static final int RECENT_BLOCKS = 256;

  private StartupCheck() {}

  static void run(Chain chain) {
    Head head = chain.head();
    Block next = null;
    long from = Math.max(0, head.height() - RECENT_BLOCKS);
    for (long h = head.height(); h >= from; h--) {
      long height = h;
      Block block =
          chain
              .store()
              .block(h)
              .orElseThrow(
                  () -> new StoreException("the store lacks block " + height + " below its head"));
      if (h == head.height()
          && (!block.hash().equals(head.hash())
              || !block.header().stateRoot().equals(head.stateRoot()))) {
        throw new StoreException("the head record does not match block " + h);
      }
      if (next != null && !next.header().previous().equals(block.hash())) {
        throw new StoreException("block " + (h + 1) + " does not link to block " + h);
      }
      if (h > 0
          && (!block.hasValidSignature()
              || !Block.txRoot(block.transactions()).equals(block.header().txRoot()))) {
        throw new StoreException("block " + h + " is not sound: run gridledger chain verify");
      }
      next = block;
    }
    LOG.info(
        "store checked: head {} ({}), last {} blocks sound",
        head.height(),
        head.hash(),
        head.height() - from + 1);
  }
}
