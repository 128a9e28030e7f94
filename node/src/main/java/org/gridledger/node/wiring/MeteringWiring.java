package org.gridledger.node.wiring;

import java.time.Clock;
import org.gridledger.consensus.types.LedgerPort;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.metering.Metering;
import org.gridledger.metering.MeteringConfig;
import org.gridledger.metering.mqtt.EmbeddedBroker;
import org.gridledger.metering.mqtt.MqttReadingSubscriber;
import org.gridledger.metering.mqtt.MqttSettings;
import org.gridledger.node.MeteringMetrics;
import org.gridledger.node.NodeConfig;
import org.gridledger.node.NodeMetrics;
import org.gridledger.node.api.ApiServer;
import org.gridledger.node.api.Caller;
import org.gridledger.node.api.MeteringApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires metering into a node: the readings anchored by the chain, the embedded MQTT broker or the
 * connection to an external one, the metrics and the routes. Closing stops MQTT first, then the
 * verifiers; the store belongs to the ledger.
 */
public final class MeteringWiring implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MeteringWiring.class);

  private final Metering metering;
  private final MeteringMetrics metrics;
  private EmbeddedBroker broker;
  private MqttReadingSubscriber subscriber;
  private int mqttPort = -1;

  private MeteringWiring(Metering metering, MeteringMetrics metrics) {
    this.metering = metering;
    this.metrics = metrics;
  }

  /** Anchors metering to {@code chain} and starts MQTT as {@code mqtt} says. */
  public static MeteringWiring start(
      NodeConfig config, MqttSettings mqtt, Chain chain, NodeMetrics nodeMetrics, Clock clock) {
    MeteringConfig settings = MeteringConfig.defaults();
    MeteringMetrics metrics = new MeteringMetrics(nodeMetrics.registry());
    Metering metering = new Metering(chain.store(), clock, settings, metrics);
    metrics.pending(metering.anchors()::pending);
    chain.anchor(metering.anchors());
    MeteringWiring wiring = new MeteringWiring(metering, metrics);
    try {
      wiring.startMqtt(config, mqtt);
    } catch (RuntimeException e) {
      wiring.close();
      throw e;
    }
    return wiring;
  }

  private void startMqtt(NodeConfig config, MqttSettings mqtt) {
    String host = mqtt.host();
    int port = mqtt.port();
    switch (mqtt.mode()) {
      case DISABLED -> {
        return;
      }
      case EMBEDDED -> {
        broker =
            EmbeddedBroker.start(
                config.dataDirectory().resolve("mqtt"),
                mqtt.host(),
                mqtt.port(),
                mqtt.username(),
                mqtt.password());
        port = broker.port();
        host = "0.0.0.0".equals(mqtt.host()) ? "127.0.0.1" : mqtt.host();
      }
      case EXTERNAL -> {}
    }
    subscriber =
        MqttReadingSubscriber.start(
            host, port, mqtt, metering.ingestor(), metering.config().queueCapacity());
    mqttPort = port;
    LOG.info("meter readings over MQTT at {}:{} ({})", host, port, mqtt.mode());
  }

  /** The ledger port consensus should drive: cuts blocks for waiting readings too. */
  public LedgerPort port(LedgerPort chainPort, Clock clock) {
    return new AnchoringLedgerPort(
        chainPort, metering.anchors(), metering.config().anchorDelay(), clock);
  }

  /** Registers the metering routes. */
  public void routes(ApiServer api, Caller caller, Clock clock) {
    api.extend(app -> MeteringApi.register(app, metering, metrics, caller, clock));
  }

  public Metering metering() {
    return metering;
  }

  /** The port of the MQTT broker readings arrive through; -1 if MQTT is off. */
  public int mqttPort() {
    return mqttPort;
  }

  @Override
  public void close() {
    if (subscriber != null) {
      subscriber.close();
    }
    if (broker != null) {
      broker.close();
    }
    metering.close();
  }
}
