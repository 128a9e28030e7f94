package org.gridledger.mobility.smart;

/** The DSO's charging headroom of a feeder in an interval: what its charge points may draw, W. */
public interface HeadroomSource {
  long headroomW(String feeder, long intervalStart);
}
