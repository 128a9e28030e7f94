package org.gridledger.node.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.metering.Metering;
import org.gridledger.metering.registry.Meter;

/**
 * A participant's own meters with their last anchored reading: {@code GET
 * /api/v1/participants/{id}/meters}, for the participant, the DSO and auditors.
 */
public final class ParticipantMeterRoutes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final Metering metering;
  private final Caller caller;

  public ParticipantMeterRoutes(Metering metering, Caller caller) {
    this.metering = metering;
    this.caller = caller;
  }

  public void register(Javalin app) {
    app.get("/api/v1/participants/{id}/meters", this::meters);
  }

  private void meters(Context ctx) {
    PublicKey owner = Paths.key(ctx.pathParam("id"));
    caller.requireOwnerOrOverseer(ctx, owner);
    ObjectNode out = NODES.objectNode().put("participant", owner.toHex());
    ArrayNode list = out.putArray("meters");
    for (Meter m : metering.meters().all()) {
      if (!m.owner().equals(owner)) {
        continue;
      }
      ObjectNode row = MeteringJson.meter(m);
      metering
          .readings()
          .head(m.id())
          .ifPresent(
              h ->
                  row.putObject("last_anchored")
                      .put("sequence", h.sequence())
                      .put("time", MeteringJson.time(h.timestampMillis()))
                      .put("import_wh", h.importWh())
                      .put("export_wh", h.exportWh()));
      list.add(row);
    }
    ctx.json(out);
  }
}
