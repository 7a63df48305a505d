package io.marketsync.mapping;

/** The Salesforce object a mapping writes and the external-id field it upserts by. */
public record MappingTarget(String object, String externalId, SourcePosition position) {}
