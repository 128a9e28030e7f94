package org.gridledger.grid.service;

import org.gridledger.grid.curtailment.CurtailmentPlan;

/** A verdict with the curtailment plan and confirming AC check behind it, for logs and reports. */
public record GridAssessment(GridVerdict verdict, CurtailmentPlan plan) {}
