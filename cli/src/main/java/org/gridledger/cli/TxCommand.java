package org.gridledger.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.tx.Deposit;
import org.gridledger.ledger.tx.DeviceType;
import org.gridledger.ledger.tx.Payload;
import org.gridledger.ledger.tx.RegisterDevice;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transfer;
import org.gridledger.ledger.tx.Withdraw;
import org.gridledger.ledger.units.Money;
import org.gridledger.node.client.NodeClient;
import org.gridledger.node.client.NodeClientException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gridledger tx ...}: signs one transaction with a key file and submits it to a node. */
@Command(
    name = "tx",
    description = "Sign and submit a transaction.",
    mixinStandardHelpOptions = true,
    subcommands = {
      TxCommand.RegisterParticipantCmd.class,
      TxCommand.RegisterDeviceCmd.class,
      TxCommand.RegisterMeterCmd.class,
      TxCommand.TransferCmd.class,
      TxCommand.DepositCmd.class,
      TxCommand.WithdrawCmd.class,
      TxCommand.PlaceOrderCmd.class,
      TxCommand.CancelOrderCmd.class
    })
public final class TxCommand {

  /** Options every transaction command shares. */
  static final class Common {
    @Option(
        names = "--node",
        defaultValue = "http://127.0.0.1:8080",
        description = "the node's URL (default ${DEFAULT-VALUE})")
    URI node;

    @Option(names = "--key", required = true, description = "the sender's key file")
    Path key;

    @Option(
        names = "--no-wait",
        description = "return once admitted instead of waiting for the commit")
    boolean noWait;

    @Option(names = "--json", description = "print the node's answer as JSON")
    boolean json;
  }

  abstract static class Submit implements Callable<Integer> {
    @Mixin Common common;

    abstract Payload payload();

    @Override
    public Integer call() {
      try {
        KeyPair sender = KeyFile.read(common.key);
        var answer = new NodeClient(common.node).sign(sender, payload(), !common.noWait);
        if (common.json) {
          Output.json(answer);
        } else {
          System.out.println(
              answer.path("status").asText()
                  + " "
                  + answer.path("hash").asText()
                  + (answer.has("height") ? " at height " + answer.get("height").asLong() : ""));
        }
        return 0;
      } catch (NodeClientException e) {
        return Output.badInput(e.getMessage());
      } catch (IllegalArgumentException e) {
        return Output.badInput(e.getMessage());
      }
    }
  }

  @Command(
      name = "register-participant",
      description = "DSO: admit a participant with its roles.",
      mixinStandardHelpOptions = true)
  static final class RegisterParticipantCmd extends Submit {
    @Option(
        names = "--public-key",
        required = true,
        description = "the participant's public key (hex)")
    String publicKey;

    @Option(names = "--name", required = true, description = "display name")
    String name;

    @Option(
        names = "--role",
        required = true,
        split = ",",
        description = "roles: ${COMPLETION-CANDIDATES}")
    List<Role> roles;

    @Override
    Payload payload() {
      return new RegisterParticipant(PublicKey.fromHex(publicKey), name, EnumSet.copyOf(roles));
    }
  }

  /** What registering a meter or a charge point names: its id, signing key, owner and bus. */
  static final class DeviceIdentity {
    @Option(names = "--id", required = true, description = "device id")
    String id;

    @Option(names = "--public-key", required = true, description = "the device's signing key (hex)")
    String publicKey;

    @Option(names = "--owner", required = true, description = "the owner's public key (hex)")
    String owner;

    @Option(
        names = "--bus",
        required = true,
        description = "the bus of the grid model it connects to")
    String bus;
  }

  @Command(
      name = "register-device",
      description = "DSO: register a meter or charge point.",
      mixinStandardHelpOptions = true)
  static final class RegisterDeviceCmd extends Submit {
    @Mixin DeviceIdentity device;

    @Option(names = "--type", required = true, description = "${COMPLETION-CANDIDATES}")
    DeviceType type;

    @Override
    Payload payload() {
      return new RegisterDevice(
          device.id,
          PublicKey.fromHex(device.publicKey),
          type,
          PublicKey.fromHex(device.owner),
          device.bus);
    }
  }

  @Command(
      name = "register-meter",
      description =
          "DSO: register a smart meter with its kind (household meters are the ones that trade and settle).",
      mixinStandardHelpOptions = true)
  static final class RegisterMeterCmd extends Submit {
    @Mixin DeviceIdentity device;

    @Option(
        names = "--kind",
        defaultValue = "household",
        description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    org.gridledger.ledger.tx.MeterKind kind;

    @Option(names = "--feeder", required = true, description = "the feeder it belongs to")
    String feeder;

    @Override
    Payload payload() {
      return new org.gridledger.ledger.tx.RegisterMeter(
          device.id,
          PublicKey.fromHex(device.publicKey),
          PublicKey.fromHex(device.owner),
          device.bus,
          kind,
          feeder);
    }
  }

  @Command(
      name = "transfer",
      description = "Move money to another participant.",
      mixinStandardHelpOptions = true)
  static final class TransferCmd extends Submit {
    @Option(names = "--to", required = true, description = "recipient's public key (hex)")
    String to;

    @Option(names = "--amount", required = true, description = "micro-units of currency")
    long amount;

    @Option(names = "--memo", defaultValue = "", description = "free text")
    String memo;

    @Override
    Payload payload() {
      return new Transfer(PublicKey.fromHex(to), Money.micros(amount), memo);
    }
  }

  @Command(
      name = "deposit",
      description = "DSO gateway: credit money received off the ledger.",
      mixinStandardHelpOptions = true)
  static final class DepositCmd extends Submit {
    @Option(names = "--to", required = true, description = "recipient's public key (hex)")
    String to;

    @Option(names = "--amount", required = true, description = "micro-units of currency")
    long amount;

    @Option(
        names = "--reference",
        required = true,
        description = "the off-ledger payment's reference")
    String reference;

    @Override
    Payload payload() {
      return new Deposit(PublicKey.fromHex(to), Money.micros(amount), reference);
    }
  }

  @Command(
      name = "withdraw",
      description = "Pay money out through the DSO gateway.",
      mixinStandardHelpOptions = true)
  static final class WithdrawCmd extends Submit {
    @Option(names = "--from", description = "account to debit (default: the sender's own)")
    String from;

    @Option(names = "--amount", required = true, description = "micro-units of currency")
    long amount;

    @Option(
        names = "--reference",
        required = true,
        description = "where the gateway pays it (bank reference)")
    String reference;

    @Override
    Payload payload() {
      PublicKey account =
          from != null ? PublicKey.fromHex(from) : KeyFile.read(common.key).publicKey();
      return new Withdraw(account, Money.micros(amount), reference);
    }
  }

  @Command(
      name = "place-order",
      description = "Offer to buy or sell energy in one delivery interval through one's own meter.",
      mixinStandardHelpOptions = true)
  static final class PlaceOrderCmd extends Submit {
    @Option(
        names = "--interval",
        required = true,
        description = "the interval's start, ISO-8601 UTC")
    java.time.Instant interval;

    @Option(names = "--side", required = true, description = "${COMPLETION-CANDIDATES}")
    org.gridledger.ledger.tx.OrderSide side;

    @Option(names = "--energy-wh", required = true, description = "energy in Wh")
    long energyWh;

    @Option(names = "--price", required = true, description = "limit price, micro-units per kWh")
    long price;

    @Option(names = "--meter", required = true, description = "the sender's meter it flows through")
    String meter;

    @Override
    Payload payload() {
      return new org.gridledger.ledger.tx.PlaceOrder(
          interval.toEpochMilli(),
          side,
          org.gridledger.ledger.units.Energy.wh(energyWh),
          org.gridledger.ledger.units.Price.microsPerKwh(price),
          meter);
    }
  }

  @Command(
      name = "cancel-order",
      description = "Withdraw one's own order before its gate closes.",
      mixinStandardHelpOptions = true)
  static final class CancelOrderCmd extends Submit {
    @Option(
        names = "--order",
        required = true,
        description = "the order's id: the hash of the transaction that placed it")
    String order;

    @Override
    Payload payload() {
      return new org.gridledger.ledger.tx.CancelOrder(
          org.gridledger.ledger.crypto.Hash.fromHex(order));
    }
  }
}
