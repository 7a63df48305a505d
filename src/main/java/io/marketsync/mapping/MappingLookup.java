package io.marketsync.mapping;

/** A relationship set by external id: the parent object and its external-id field. */
public record MappingLookup(String object, String externalId) {}
