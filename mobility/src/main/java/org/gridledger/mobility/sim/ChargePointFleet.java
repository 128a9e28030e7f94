package org.gridledger.mobility.sim;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many simulated charge points against one central system, for load: each connects, boots, reports
 * Available, starts a transaction and then sends MeterValues every {@code period} (phases spread
 * evenly) until {@code duration} has passed, then closes. Bounded in count and time; stops by
 * itself. {@code main} runs it as its own process (so the node's and the fleet's sockets count
 * against two processes' open-file limits) and prints one JSON line of results.
 */
public final class ChargePointFleet {
  /** A charge point's identity and OCPP password. */
  public record Credentials(String identity, String password) {}

  /** What a run achieved. */
  public record Result(
      int requested,
      int connected,
      int started,
      long connectMillis,
      long meterValuesSent,
      long meterValuesAnswered,
      long meterValuesFailed,
      long p50Micros,
      long p99Micros,
      long maxMicros,
      int stillConnectedAtEnd) {
    public String json() {
      return String.format(
          "{\"requested\": %d, \"connected\": %d, \"started\": %d, \"connect_ms\": %d,"
              + " \"meter_values_sent\": %d, \"meter_values_answered\": %d, \"meter_values_failed\": %d,"
              + " \"meter_values_p50_us\": %d, \"meter_values_p99_us\": %d, \"meter_values_max_us\": %d,"
              + " \"connected_at_end\": %d}",
          requested,
          connected,
          started,
          connectMillis,
          meterValuesSent,
          meterValuesAnswered,
          meterValuesFailed,
          p50Micros,
          p99Micros,
          maxMicros,
          stillConnectedAtEnd);
    }
  }

  private ChargePointFleet() {}

  public static Result run(
      URI base,
      List<Credentials> fleet,
      String idTag,
      Duration period,
      Duration duration,
      int concurrentConnects)
      throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(60)).build();
    Clock clock = Clock.systemUTC();
    List<SimulatedChargePoint> up = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicLong started = new AtomicLong();
    Semaphore gate = new Semaphore(concurrentConnects);
    long t0 = System.nanoTime();
    List<CompletableFuture<?>> all = new ArrayList<>();
    for (Credentials c : fleet) {
      gate.acquire();
      SimulatedChargePoint cp =
          new SimulatedChargePoint(c.identity(), c.password(), 11_000, 1, 0, clock);
      all.add(
          cp.connect(http, base)
              .thenCompose(x -> cp.boot())
              .thenCompose(x -> cp.status("Available"))
              .thenCompose(x -> cp.start(idTag))
              .handle(
                  (r, e) -> {
                    gate.release();
                    if (e == null) {
                      up.add(cp);
                      if (cp.transactionId() > 0) {
                        started.incrementAndGet();
                      }
                    }
                    return null;
                  }));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    long connectMillis = (System.nanoTime() - t0) / 1_000_000;

    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong sent = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    List<SimulatedChargePoint> fleetUp = List.copyOf(up);
    long periodMs = period.toMillis();
    for (int i = 0; i < fleetUp.size(); i++) {
      SimulatedChargePoint cp = fleetUp.get(i);
      long phase = periodMs * i / Math.max(1, fleetUp.size());
      timer.scheduleAtFixedRate(
          () -> {
            long s = System.nanoTime();
            sent.incrementAndGet();
            cp.meterValues()
                .whenComplete(
                    (r, e) -> {
                      if (e == null) {
                        latencies.add((System.nanoTime() - s) / 1_000);
                      } else {
                        failed.incrementAndGet();
                      }
                    });
          },
          phase,
          periodMs,
          TimeUnit.MILLISECONDS);
    }
    Thread.sleep(duration.toMillis());
    timer.shutdownNow();
    Thread.sleep(2_000);
    int open = (int) fleetUp.stream().filter(cp -> cp.client().isOpen()).count();
    fleetUp.forEach(cp -> cp.client().close());
    long[] l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Result(
        fleet.size(),
        fleetUp.size(),
        (int) started.get(),
        connectMillis,
        sent.get(),
        l.length,
        failed.get(),
        pct(l, 50),
        pct(l, 99),
        l.length == 0 ? 0 : l[l.length - 1],
        open);
  }

  private static long pct(long[] sorted, int p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
  }

  /**
   * {@code ChargePointFleet WS_BASE CREDENTIALS_FILE ID_TAG PERIOD_S DURATION_S CONCURRENCY}: the
   * file holds "identity password" per line. Prints the result as one JSON line.
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println(
          "usage: ChargePointFleet WS_BASE CREDENTIALS ID_TAG PERIOD_S DURATION_S CONCURRENCY");
      System.exit(2);
    }
    List<Credentials> fleet =
        Files.readAllLines(Path.of(args[1])).stream()
            .filter(l -> !l.isBlank())
            .map(l -> Arrays.asList(l.trim().split("\\s+")))
            .map(p -> new Credentials(p.get(0), p.get(1)))
            .toList();
    Result r =
        run(
            URI.create(args[0]),
            fleet,
            args[2],
            Duration.ofSeconds(Long.parseLong(args[3])),
            Duration.ofSeconds(Long.parseLong(args[4])),
            Integer.parseInt(args[5]));
    System.out.println(r.json());
    System.exit(0);
  }
}
