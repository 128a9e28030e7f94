package org.gridledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gridledger.market.MarketRules;
import org.gridledger.market.PricingRule;
import org.gridledger.market.clearing.ClearingOutcome;
import org.gridledger.market.clearing.ClearingResult;
import org.gridledger.market.clearing.ElectricalDistance;
import org.gridledger.market.clearing.MarketClearing;
import org.gridledger.market.clearing.Trade;
import org.gridledger.market.clearing.Unmatched;
import org.gridledger.market.io.ClearingJson;
import org.gridledger.market.io.OrderFile;
import org.gridledger.market.io.OrderFileException;
import org.gridledger.market.order.Order;
import org.gridledger.market.order.Refusal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gridledger market}: the local energy market, off the ledger. */
@Command(
    name = "market",
    description = "The local energy market.",
    mixinStandardHelpOptions = true,
    subcommands = MarketCommand.Clear.class)
public final class MarketCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code gridledger market clear}: the interval clearing as a pure function over a file. */
  @Command(
      name = "clear",
      mixinStandardHelpOptions = true,
      description = {
        "Clear one interval's orders from a file, exactly as the ledger does at gate closure, and"
            + " print the clearing price, the trades and what stayed unmatched.",
        "Exits 2 naming every refused order (bad quantity or price, duplicate id, self-trade)"
            + " or the problem with the file."
      })
  static final class Clear implements Callable<Integer> {

    @Option(
        names = "--orders",
        required = true,
        paramLabel = "FILE",
        description =
            "JSON order file: {\"orders\": [{\"id\", \"side\", \"participant\", \"bus\","
                + " \"energy_wh\", \"price_per_kwh\", \"time\"}]}")
    Path orders;

    @Option(
        names = "--rule",
        defaultValue = "pay-as-clear",
        paramLabel = "RULE",
        description = "pay-as-clear (uniform price, default) or pay-as-bid")
    String rule;

    @Option(names = "--json", description = "print the result as one JSON document")
    boolean json;

    @Override
    public Integer call() {
      PricingRule pricing;
      List<Order> book;
      try {
        pricing = PricingRule.parse(rule);
        book = OrderFile.read(orders);
      } catch (IllegalArgumentException | OrderFileException e) {
        return Output.badInput(e.getMessage());
      }
      ClearingOutcome outcome =
          new MarketClearing(MarketRules.defaults().withRule(pricing), ElectricalDistance.UNIFORM)
              .clear(book);
      if (!outcome.refused().isEmpty()) {
        for (Refusal refusal : outcome.refused()) {
          System.err.println("refused: " + refusal.reason() + ": " + refusal.message());
        }
        return Output.badInput(
            orders + ": " + outcome.refused().size() + " order(s) refused; nothing cleared");
      }
      if (json) {
        System.out.println(ClearingJson.write(outcome.result(), outcome.refused()));
      } else {
        printTable(outcome.result(), System.out);
      }
      return 0;
    }

    private static void printTable(ClearingResult result, PrintStream out) {
      out.println("rule:           " + result.rule().externalName());
      out.println(
          "clearing price: "
              + (result.clearingPricePerKwh().isPresent()
                  ? result.clearingPricePerKwh().getAsLong() + " micro-units/kWh"
                  : "none (nothing clears)"));
      out.println(
          "matched:        "
              + result.matchedEnergyWh()
              + " Wh in "
              + result.trades().size()
              + " trade(s)");
      out.println();
      String tradeRow = "%-12s %-12s %-10s %-10s %-8s %-8s %12s %14s%n";
      out.printf(
          tradeRow, "BUY", "SELL", "BUYER", "SELLER", "FROM", "TO", "ENERGY_WH", "PRICE_PER_KWH");
      for (Trade t : result.trades()) {
        out.printf(
            tradeRow,
            t.buyOrderId(),
            t.sellOrderId(),
            t.buyer(),
            t.seller(),
            t.sellerBus(),
            t.buyerBus(),
            t.energyWh(),
            t.pricePerKwh());
      }
      out.println();
      String unmatchedRow = "%-12s %-5s %-10s %12s%n";
      out.printf(unmatchedRow, "UNMATCHED", "SIDE", "PARTICIPANT", "ENERGY_WH");
      for (Unmatched u : result.unmatched()) {
        out.printf(
            unmatchedRow, u.orderId(), u.side().externalName(), u.participant(), u.energyWh());
      }
    }
  }
}
