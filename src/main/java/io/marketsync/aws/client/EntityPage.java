package io.marketsync.aws.client;

import java.util.List;

/** One page of Catalog {@code ListEntities}; {@code nextToken} is null on the last page. */
public record EntityPage(List<EntitySummary> entities, String nextToken) {}
