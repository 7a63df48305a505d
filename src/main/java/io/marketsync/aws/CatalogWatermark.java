package io.marketsync.aws;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The watermark of a Catalog endpoint: the {@code LastModifiedDate} of the latest entity read, per
 * entity type. Written as a plain ISO instant when the endpoint lists one type
 * ({@code 2024-10-01T20:49:21Z}) and as {@code Type=instant,...} when it lists several; a plain
 * instant applies to every type.
 */
record CatalogWatermark(Map<String, Instant> byType, Instant everyType) {

    static CatalogWatermark parse(String value) {
        Map<String, Instant> byType = new LinkedHashMap<>();
        if (value == null || value.isBlank()) {
            return new CatalogWatermark(byType, null);
        }
        if (!value.contains("=")) {
            return new CatalogWatermark(byType, Instant.parse(value.trim()));
        }
        for (String part : value.split(",")) {
            String[] typeAndTime = part.split("=", 2);
            byType.put(typeAndTime[0].trim(), Instant.parse(typeAndTime[1].trim()));
        }
        return new CatalogWatermark(byType, null);
    }

    /** Entities of this type modified after the returned instant are yet to be read; null: all are. */
    Instant after(String entityType) {
        return byType.getOrDefault(entityType, everyType);
    }

    /** Moves one type's mark forward (never back: overlap re-reads older entities). */
    CatalogWatermark advance(String entityType, Instant lastModified) {
        Instant current = after(entityType);
        Map<String, Instant> next = new LinkedHashMap<>(byType);
        next.put(entityType, current != null && current.isAfter(lastModified) ? current : lastModified);
        return new CatalogWatermark(next, everyType);
    }

    String format(List<String> entityTypes) {
        if (entityTypes.size() == 1) {
            Instant only = after(entityTypes.get(0));
            return only == null ? null : only.toString();
        }
        return entityTypes.stream()
                .filter(type -> after(type) != null)
                .map(type -> type + "=" + after(type))
                .collect(Collectors.joining(","));
    }
}
