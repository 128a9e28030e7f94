package org.gridledger.node;

import java.time.Clock;
import java.util.Optional;
import org.gridledger.consensus.Consensus;
import org.gridledger.consensus.SingleAuthority;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.pool.Mempool;
import org.gridledger.metering.mqtt.MqttSettings;
import org.gridledger.node.api.ApiServer;
import org.gridledger.node.api.Caller;
import org.gridledger.node.api.MobilityRoutes;
import org.gridledger.node.operator.MeteredEnergy;
import org.gridledger.node.wiring.ChainLedgerPort;
import org.gridledger.node.wiring.DashboardWiring;
import org.gridledger.node.wiring.FlexWiring;
import org.gridledger.node.wiring.LedgerWiring;
import org.gridledger.node.wiring.MarketWiring;
import org.gridledger.node.wiring.MeteringWiring;
import org.gridledger.node.wiring.MobilityWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running node: the ledger, its consensus and its API, started and stopped together. */
public final class Node implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Node.class);

  private final LedgerWiring.Ledger ledger;
  private final Consensus consensus;
  private final ApiServer api;
  private final NodeMetrics metrics;
  private final Started started;
  private volatile MeteringWiring metering;
  private volatile MarketWiring market;
  private volatile FlexWiring flex;
  private volatile MobilityWiring mobility;

  private Node(
      LedgerWiring.Ledger ledger,
      Consensus consensus,
      ApiServer api,
      NodeMetrics metrics,
      Started started) {
    this.ledger = ledger;
    this.consensus = consensus;
    this.api = api;
    this.metrics = metrics;
    this.started = started;
  }

  private Node withMarket(MarketWiring wiring) {
    this.market = wiring;
    return this;
  }

  private Node withMobility(MobilityWiring wiring) {
    this.mobility = wiring;
    return this;
  }

  private Node withFlex(FlexWiring wiring) {
    this.flex = wiring;
    return this;
  }

  private Node withMetering(MeteringWiring wiring) {
    this.metering = wiring;
    return this;
  }

  /** Opens an initialised data directory and starts serving; meter readings over HTTP only. */
  public static Node start(NodeConfig config, Clock clock) {
    return start(config, MqttSettings.disabled(), clock);
  }

  /** Opens an initialised data directory and starts serving; meter readings over MQTT too. */
  public static Node start(NodeConfig config, MqttSettings mqtt, Clock clock) {
    KeyPair authority = KeyFile.read(config.authorityKey());
    Started started = new Started();
    LedgerWiring.Ledger ledger = started.add(LedgerWiring.open(config));
    try {
      if (!ledger.chain().genesis().authorities().contains(authority.publicKey())) {
        throw new IllegalArgumentException(
            "key " + config.authorityKey() + " is not an authority of this chain");
      }
      NodeMetrics metrics = new NodeMetrics();
      metrics.poolSize(ledger.pool()::size);
      MeteringWiring metering =
          started.add(MeteringWiring.start(config, mqtt, ledger.chain(), metrics, clock));
      Consensus consensus =
          started.add(
              new SingleAuthority(
                  metering.port(
                      new ChainLedgerPort(ledger.chain(), ledger.pool(), authority, metrics),
                      clock),
                  config.blockPolicy(),
                  clock));
      consensus.start();
      ApiServer api =
          started.add(
              new ApiServer(ledger.chain(), ledger.pool(), metrics, clock, consensus::isHealthy));
      metering.routes(api, new Caller(ledger.store(), clock), clock);
      MarketWiring market =
          started.add(
              MarketWiring.start(
                  config, ledger, authority, new MeteredEnergy(metering.metering()), clock));
      FlexWiring flex =
          started.add(
              FlexWiring.start(ledger, authority, metering.metering(), market.grid(), clock));
      Optional<MobilityWiring> mobility =
          MobilityWiring.start(
              config.host(),
              Integer.getInteger(MobilityWiring.PORT_PROPERTY, 0),
              ledger,
              authority,
              market.grid(),
              clock);
      mobility.ifPresent(started::add);
      api.extend(
          new MobilityRoutes(
                  ledger.store(),
                  new Caller(ledger.store(), clock),
                  mobility.map(MobilityWiring::central))
              ::register);
      DashboardWiring.routes(api, ledger.chain(), metering, market, clock);
      api.start(config.host(), config.port());
      LOG.info(
          "node serving chain {} at height {} on http://{}:{}/",
          ledger.chain().genesis().chainId(),
          ledger.chain().head().height(),
          config.host(),
          api.port());
      return new Node(ledger, consensus, api, metrics, started)
          .withMetering(metering)
          .withMarket(market)
          .withFlex(flex)
          .withMobility(mobility.orElse(null));
    } catch (RuntimeException e) {
      started.close();
      throw e;
    }
  }

  /**
   * Opens a data directory as one authority of a Ratis cluster (founding it from the cluster's
   * genesis when it holds no chain) and starts serving; {@code id} selects the member, else the
   * authority key does.
   */
  public static Node startCluster(
      NodeConfig config,
      org.gridledger.node.cluster.ClusterFile cluster,
      java.util.Optional<String> id,
      Clock clock) {
    KeyPair authority = KeyFile.read(config.authorityKey());
    var self = org.gridledger.node.wiring.ClusterWiring.self(cluster, id, authority);
    org.gridledger.node.wiring.ClusterWiring.initialize(config, cluster, clock);
    Started started = new Started();
    LedgerWiring.Ledger ledger = started.add(LedgerWiring.open(config));
    try {
      NodeMetrics metrics = new NodeMetrics();
      metrics.poolSize(ledger.pool()::size);
      var running =
          org.gridledger.node.wiring.ClusterWiring.start(
              ledger, authority, cluster, self, config, metrics, clock);
      ApiServer api =
          new ApiServer(
              ledger.chain(), ledger.pool(), metrics, clock, running.consensus()::isHealthy);
      api.extend(running.routes());
      started.add(running.consensus()).start();
      started.add(api).start(config.host(), config.port());
      LOG.info("authority {} serving on http://{}:{}/", self.id(), config.host(), api.port());
      return new Node(ledger, running.consensus(), api, metrics, started);
    } catch (RuntimeException e) {
      started.close();
      throw e;
    }
  }

  /** The Raft cluster this node is an authority of, when it runs as one. */
  public java.util.Optional<org.gridledger.consensus.cluster.RatisCluster> cluster() {
    return consensus instanceof org.gridledger.consensus.cluster.RatisCluster c
        ? java.util.Optional.of(c)
        : java.util.Optional.empty();
  }

  /** The DSO's market duties and grid service (the operator only on the DSO's node). */
  public MarketWiring market() {
    return market;
  }

  /** The DSO's demand-response duties (the operator only on the DSO's node); null on a cluster. */
  public FlexWiring flex() {
    return flex;
  }

  /** EV charging's central system and smart charging, on the DSO's node. */
  public Optional<MobilityWiring> mobility() {
    return Optional.ofNullable(mobility);
  }

  public int port() {
    return api.port();
  }

  /**
   * The node's metering; empty on a cluster authority (readings are anchored by the DSO's node).
   */
  public java.util.Optional<MeteringWiring> metering() {
    return java.util.Optional.ofNullable(metering);
  }

  public Chain chain() {
    return ledger.chain();
  }

  public Mempool pool() {
    return ledger.pool();
  }

  public NodeMetrics metrics() {
    return metrics;
  }

  /** Stops every part, the API first and the store last. */
  @Override
  public void close() {
    started.close();
  }
}
