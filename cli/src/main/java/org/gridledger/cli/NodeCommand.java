package org.gridledger.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.gridledger.consensus.types.BlockPolicy;
import org.gridledger.metering.mqtt.MqttSettings;
import org.gridledger.node.Node;
import org.gridledger.node.NodeConfig;
import org.gridledger.node.wiring.LedgerWiring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gridledger node}: runs a node until it is stopped. */
@Command(
    name = "node",
    description = "Run a node: the ledger, block production and the REST API.",
    mixinStandardHelpOptions = true)
public final class NodeCommand implements Callable<Integer> {
  @Option(
      names = "--data",
      required = true,
      description = "data directory (chain store, keys, genesis)")
  Path data;

  @Option(
      names = "--init",
      description =
          "initialise the data directory if it holds no chain: a new DSO key in DIR/dso.key, or --genesis")
  boolean init;

  @Option(names = "--genesis", description = "with --init: the genesis file (see docs/genesis.md)")
  Path genesis;

  @Option(names = "--key", description = "this node's authority key file (default DIR/dso.key)")
  Path key;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "address to listen on (default ${DEFAULT-VALUE})")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "API port, 0 for any free one (default ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--block-interval-ms",
      defaultValue = "50",
      description = "longest wait before a block is cut (default ${DEFAULT-VALUE})")
  long blockIntervalMs;

  @Option(
      names = "--max-block-txs",
      defaultValue = "10000",
      description = "most transactions in a block (default ${DEFAULT-VALUE})")
  int maxBlockTxs;

  @Option(
      names = "--pool",
      defaultValue = "200000",
      description = "most transactions waiting (default ${DEFAULT-VALUE})")
  int pool;

  @Option(
      names = "--cluster",
      description =
          "run as one authority of the cluster this file describes (docs/cluster.md); the data directory is founded from the cluster's genesis when empty, and the API listens on the member's URL")
  Path cluster;

  @Option(
      names = "--id",
      description =
          "with --cluster: this node's member id (default: the member whose key --key holds)")
  String id;

  @Option(
      names = "--mqtt-port",
      defaultValue = "1883",
      description =
          "port of the embedded MQTT broker meters publish readings to, 0 for any free one (default ${DEFAULT-VALUE})")
  int mqttPort;

  @Option(
      names = "--mqtt-host",
      description = "address the embedded MQTT broker listens on (default: --host)")
  String mqttHost;

  @Option(
      names = "--mqtt-url",
      description =
          "take readings from an external broker instead (tcp://HOST:PORT, or ssl://HOST:PORT for TLS)")
  String mqttUrl;

  @Option(names = "--mqtt-user", description = "MQTT username (required of clients, or presented)")
  String mqttUser;

  @Option(names = "--mqtt-password", description = "MQTT password, with --mqtt-user")
  String mqttPassword;

  @Option(names = "--mqtt-tls", description = "connect to the external broker over TLS")
  boolean mqttTls;

  @Option(names = "--no-mqtt", description = "no MQTT: readings over HTTP only")
  boolean noMqtt;

  @Option(
      names = "--fsync",
      description = "sync every block to disk (survives power cuts, not only a killed process)")
  boolean fsync;

  @Option(
      names = "--network",
      defaultValue = "lv",
      description =
          "the DSO's network model for its grid checks: lv, ieee33 or a file (default ${DEFAULT-VALUE})")
  String network;

  @Override
  public Integer call() throws InterruptedException {
    NodeConfig config;
    try {
      config =
          new NodeConfig(
              data,
              key != null ? key : data.resolve("dso.key"),
              host,
              port,
              new BlockPolicy(Duration.ofMillis(blockIntervalMs), maxBlockTxs),
              pool,
              fsync,
              network);
      if (init
          && cluster == null
          && LedgerWiring.initialize(config, Optional.ofNullable(genesis), Clock.systemUTC())) {
        System.err.println(
            "initialised a new chain in " + data + " (DSO key: " + config.authorityKey() + ")");
      }
    } catch (IllegalArgumentException e) {
      return Output.badInput(e.getMessage());
    }
    Node node;
    try {
      node =
          cluster == null
              ? Node.start(config, mqtt(), Clock.systemUTC())
              : ClusterCommand.startNode(config, cluster, Optional.ofNullable(id));
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Output.badInput(e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  node.close();
                  stopped.countDown();
                }));
    System.out.println(
        "GridLedger node on http://"
            + host
            + ":"
            + node.port()
            + "/ (chain "
            + node.chain().genesis().chainId()
            + ", height "
            + node.chain().head().height()
            + ")");
    stopped.await();
    return 0;
  }

  private MqttSettings mqtt() {
    if (noMqtt) {
      return MqttSettings.disabled();
    }
    if (mqttUrl != null) {
      return MqttSettings.external(mqttUrl, mqttTls, mqttUser, mqttPassword);
    }
    return new MqttSettings(
        MqttSettings.Mode.EMBEDDED,
        mqttHost != null ? mqttHost : host,
        mqttPort,
        false,
        mqttUser,
        mqttPassword);
  }
}
