package org.gridledger.ledger.tx;

/**
 * The DSO sets the market's rules; they apply to intervals whose orders open afterwards. DSO only.
 */
public record SetMarketRules(MarketParams params) implements Payload {
  public SetMarketRules {
    Text.present(params, "params");
  }

  @Override
  public PayloadType type() {
    return PayloadType.SET_MARKET_RULES;
  }
}
