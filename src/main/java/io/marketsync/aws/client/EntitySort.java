package io.marketsync.aws.client;

/** The {@code EntityTypeSort} of {@code ListEntities}: a field of the entity type and a direction. */
public record EntitySort(String sortBy, Order order) {

    public enum Order {
        ASCENDING,
        DESCENDING
    }

    public static EntitySort lastModifiedAscending() {
        return new EntitySort("LastModifiedDate", Order.ASCENDING);
    }
}
