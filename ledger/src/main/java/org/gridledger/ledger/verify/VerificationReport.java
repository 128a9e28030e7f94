package org.gridledger.ledger.verify;

/**
 * The result of replaying a chain from its genesis.
 *
 * @param headHeight the height the store's head claims
 * @param verifiedHeight the last height found sound
 * @param firstBadHeight the first height found unsound, or -1 when every block is sound
 * @param problem what is wrong at {@code firstBadHeight}, or null
 */
public record VerificationReport(
    boolean ok,
    long headHeight,
    long verifiedHeight,
    long firstBadHeight,
    String problem,
    long transactions) {

  static VerificationReport sound(long head, long transactions) {
    return new VerificationReport(true, head, head, -1, null, transactions);
  }

  static VerificationReport bad(long head, long badHeight, String problem, long transactions) {
    return new VerificationReport(false, head, badHeight - 1, badHeight, problem, transactions);
  }
}
