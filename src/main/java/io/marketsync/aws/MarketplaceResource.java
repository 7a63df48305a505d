package io.marketsync.aws;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What an {@code aws-marketplace:} endpoint reads: a family of Catalog entity types, or agreements. */
public enum MarketplaceResource {
    PRODUCTS("products", List.of("SaaSProduct", "AmiProduct", "ContainerProduct", "DataProduct")),
    OFFERS("offers", List.of("Offer")),
    RESALE_AUTHORIZATIONS("resale-authorizations", List.of("ResaleAuthorization")),
    AGREEMENTS("agreements", List.of());

    private final String uriName;
    private final List<String> entityTypes;

    MarketplaceResource(String uriName, List<String> entityTypes) {
        this.uriName = uriName;
        this.entityTypes = entityTypes;
    }

    public String uriName() {
        return uriName;
    }

    /** The Catalog entity types listed for this resource; empty for agreements. */
    public List<String> defaultEntityTypes() {
        return entityTypes;
    }

    public static MarketplaceResource of(String uriName) {
        return Arrays.stream(values())
                .filter(r -> r.uriName.equals(uriName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown aws-marketplace resource '" + uriName
                        + "'; expected one of "
                        + Arrays.stream(values()).map(r -> r.uriName).collect(Collectors.joining(", "))));
    }
}
