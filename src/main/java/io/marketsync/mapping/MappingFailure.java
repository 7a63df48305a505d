package io.marketsync.mapping;

/**
 * A source record a mapping refused (required value missing, unparsable date...).
 *
 * @param payload the source record as JSON
 */
public record MappingFailure(String mapping, String sourceKey, String reason, String payload) {}
