package org.gridledger.node.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import org.gridledger.ledger.chain.MerkleProof;
import org.gridledger.metering.anchor.ReadingProof;
import org.gridledger.metering.balance.FeederBalance;
import org.gridledger.metering.balance.MeterAnomaly;
import org.gridledger.metering.energy.IntervalEnergy;
import org.gridledger.metering.reading.ReadingJson;
import org.gridledger.metering.registry.Meter;
import org.gridledger.metering.store.StoredReading;

/** The JSON forms of metering's answers: energy in Wh, times ISO-8601 UTC. */
final class MeteringJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MeteringJson() {}

  static String time(long millis) {
    return Instant.ofEpochMilli(millis).toString();
  }

  static ObjectNode meter(Meter m) {
    return NODES
        .objectNode()
        .put("meter_id", m.id())
        .put("key", m.key().toHex())
        .put("owner", m.owner().toHex())
        .put("bus", m.bus())
        .put("kind", m.kind().name().toLowerCase(Locale.ROOT))
        .put("feeder", m.feeder())
        .put("registered_at", m.registeredAt());
  }

  static ObjectNode stored(StoredReading r) {
    ObjectNode out = ReadingJson.write(r.signed());
    out.put("anchored_at", r.height()).put("leaf_index", r.index());
    return out;
  }

  static ObjectNode energy(IntervalEnergy e) {
    return NODES
        .objectNode()
        .put("meter_id", e.meterId())
        .put("start", time(e.intervalStartMillis()))
        .put("minutes", e.intervalMinutes())
        .put("import_wh", e.imported().wh())
        .put("export_wh", e.exported().wh())
        .put("quality", e.quality().name().toLowerCase(Locale.ROOT))
        .put("estimated", e.estimated());
  }

  static ObjectNode proof(ReadingProof p, boolean verified) {
    ObjectNode out = NODES.objectNode();
    out.set("reading", ReadingJson.write(p.reading()));
    out.put("leaf", p.path().leaf().toHex())
        .put("leaf_index", p.index())
        .put("height", p.header().height())
        .put("block_hash", p.header().hash().toHex())
        .put("anchor_root", p.header().anchorRoot().toHex())
        .put("verified", verified);
    ArrayNode path = out.putArray("path");
    for (MerkleProof.Step step : p.path().steps()) {
      path.addObject()
          .put("sibling", step.sibling().toHex())
          .put("side", step.siblingOnLeft() ? "left" : "right");
    }
    return out;
  }

  static ObjectNode balance(FeederBalance b) {
    ObjectNode out =
        NODES
            .objectNode()
            .put("feeder", b.feeder())
            .put("start", time(b.intervalStartMillis()))
            .put("minutes", b.intervalMinutes())
            .put("status", b.status().code())
            .put("head_meters", b.headMeters())
            .put("downstream_meters", b.downstreamMeters())
            .put("head_import_wh", b.headImportWh())
            .put("head_export_wh", b.headExportWh())
            .put("downstream_import_wh", b.downstreamImportWh())
            .put("downstream_export_wh", b.downstreamExportWh())
            .put("expected_loss_wh", b.expectedLossWh())
            .put("unaccounted_wh", b.unaccountedWh())
            .put("threshold_wh", b.thresholdWh())
            .put("estimated", b.estimated());
    ArrayNode anomalies = out.putArray("anomalies");
    for (MeterAnomaly a : b.anomalies()) {
      anomalies
          .addObject()
          .put("meter_id", a.meterId())
          .put("kind", "sudden_drop")
          .put("actual_wh", a.actualWh())
          .put("expected_wh", a.expectedWh())
          .put("peer_percent", a.peerPercent());
    }
    return out;
  }
}
