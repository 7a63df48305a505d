package io.marketsync.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One page of records and the watermark the route reaches once the page went through. */
record Page(List<ObjectNode> records, String watermark) {}
