package org.gridledger.metering.mqtt;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.gridledger.metering.ingest.RawReading;
import org.gridledger.metering.ingest.ReadingIngestor;
import org.gridledger.metering.ingest.RefusalReason;
import org.gridledger.metering.ingest.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's MQTT client: subscribes (QoS 1) to every meter's readings topic, queues what arrives
 * and hands it to the ingestor in batches, one batch at a time, so each meter's readings are
 * checked in the order the broker delivered them. A full queue refuses readings as {@code
 * overloaded} (counted and recorded); a bad payload never disturbs the others.
 */
public final class MqttReadingSubscriber implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MqttReadingSubscriber.class);
  private static final int MAX_BATCH = 2048;
  private static final int MIN_BATCH = 256;

  private final Mqtt5AsyncClient client;
  private final ReadingIngestor ingestor;
  private final BlockingQueue<RawReading> queue;
  private final Thread dispatcher;
  private volatile boolean running = true;

  private MqttReadingSubscriber(
      Mqtt5AsyncClient client, ReadingIngestor ingestor, int queueCapacity) {
    this.client = client;
    this.ingestor = ingestor;
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
    this.dispatcher = Thread.ofPlatform().daemon().name("mqtt-readings").start(this::dispatch);
  }

  /** Connects to the broker {@code settings} name and subscribes. */
  public static MqttReadingSubscriber start(
      String host, int port, MqttSettings settings, ReadingIngestor ingestor, int queueCapacity) {
    Mqtt5AsyncClient client =
        MqttClients.connect(
            "gridledger-node",
            host,
            port,
            settings.tls(),
            settings.username(),
            settings.password());
    MqttReadingSubscriber subscriber = new MqttReadingSubscriber(client, ingestor, queueCapacity);
    try {
      client
          .subscribeWith()
          .topicFilter(MeterTopics.ALL_READINGS)
          .qos(MqttQos.AT_LEAST_ONCE)
          .callback(subscriber::received)
          .send()
          .get(15, TimeUnit.SECONDS);
    } catch (Exception e) {
      subscriber.close();
      throw new IllegalStateException("cannot subscribe to " + MeterTopics.ALL_READINGS, e);
    }
    return subscriber;
  }

  private void received(Mqtt5Publish publish) {
    String meterId = MeterTopics.meterIdOf(publish.getTopic().toString());
    RawReading raw = new RawReading(publish.getPayloadAsBytes(), Source.MQTT, meterId);
    if (!queue.offer(raw)) {
      ingestor.refuseUnread(
          List.of(raw), RefusalReason.OVERLOADED, "the node's reading queue is full");
    }
  }

  private void dispatch() {
    List<RawReading> batch = new ArrayList<>(MAX_BATCH);
    while (running || !queue.isEmpty()) {
      try {
        RawReading first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        if (batch.size() < MIN_BATCH) {
          // a moment more gathers a batch worth verifying on every core
          RawReading more = queue.poll(2, TimeUnit.MILLISECONDS);
          if (more != null) {
            batch.add(more);
            queue.drainTo(batch, MAX_BATCH - batch.size());
          }
        }
        ingestor.ingest(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.error("ingesting {} MQTT readings failed", batch.size(), e);
      } finally {
        batch.clear();
      }
    }
  }

  /** Readings received and not yet handed to the ingestor. */
  public int queued() {
    return queue.size();
  }

  @Override
  public void close() {
    try {
      client.disconnect().get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.debug("MQTT disconnect: {}", e.getMessage());
    }
    running = false;
    try {
      dispatcher.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
