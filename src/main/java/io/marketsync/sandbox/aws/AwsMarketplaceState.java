package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * What the simulated AWS Marketplace holds: Catalog entities, agreements with their terms, and how often
 * each operation was called. Thread-safe. Tests change one record through it and watch a sync pick it up.
 */
public final class AwsMarketplaceState {

    private final Map<String, CatalogEntity> entities = new ConcurrentHashMap<>();
    private final Map<String, StoredAgreement> agreements = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
    private final Clock clock;

    public AwsMarketplaceState(Clock clock) {
        this.clock = clock;
    }

    /** Adds or replaces an entity as it is. */
    public void putEntity(CatalogEntity entity) {
        entities.put(entity.entityId(), entity);
    }

    /** Adds or replaces an entity given as a DescribeEntity response. */
    public CatalogEntity putEntity(JsonNode describeEntityResponse) {
        CatalogEntity entity = CatalogEntity.fromDescribeResponse(describeEntityResponse);
        putEntity(entity);
        return entity;
    }

    /**
     * Changes an entity's details as a change set would: a new revision whose {@code LastModifiedDate} is now,
     * and always later than the previous one so a LastModifiedDate watermark sees the change.
     */
    public CatalogEntity updateEntity(String entityId, UnaryOperator<ObjectNode> change) {
        return entities.compute(entityId, (id, current) -> {
            if (current == null) {
                throw new NoSuchElementException("No entity " + id);
            }
            return current.revised(change.apply(current.details()), nextModification(current.lastModified()));
        });
    }

    public Optional<CatalogEntity> entity(String entityId) {
        return Optional.ofNullable(entities.get(entityId));
    }

    /** Entities of one unversioned type ({@code Offer}, {@code SaaSProduct}, ...), by id. */
    public List<CatalogEntity> entities(String entityType) {
        return entities.values().stream()
                .filter(e -> e.entityType().equals(entityType))
                .sorted(Comparator.comparing(CatalogEntity::entityId))
                .toList();
    }

    public Map<String, Integer> entityCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        entities.values().forEach(e -> counts.merge(e.entityType(), 1, Integer::sum));
        return counts;
    }

    public void putAgreement(StoredAgreement agreement) {
        agreements.put(agreement.agreementId(), agreement);
    }

    /** Adds or replaces an agreement from its DescribeAgreement response and GetAgreementTerms items. */
    public StoredAgreement putAgreement(JsonNode describeAgreementResponse, List<? extends JsonNode> acceptedTerms) {
        StoredAgreement agreement = new StoredAgreement(describeAgreementResponse, acceptedTerms);
        putAgreement(agreement);
        return agreement;
    }

    /** Moves an agreement to another status ({@code EXPIRED}, {@code CANCELLED}, {@code RENEWED}...). */
    public StoredAgreement updateAgreementStatus(String agreementId, String status) {
        return agreements.compute(agreementId, (id, current) -> {
            if (current == null) {
                throw new NoSuchElementException("No agreement " + id);
            }
            return current.withStatus(status);
        });
    }

    public Optional<StoredAgreement> agreement(String agreementId) {
        return Optional.ofNullable(agreements.get(agreementId));
    }

    /** All agreements, by id. */
    public List<StoredAgreement> agreements() {
        return agreements.values().stream()
                .sorted(Comparator.comparing(StoredAgreement::agreementId))
                .toList();
    }

    void recordCall(String operation) {
        calls.computeIfAbsent(operation, op -> new AtomicLong()).incrementAndGet();
    }

    /** How many requests named this operation (e.g. {@code ListEntities}), answered or refused. */
    public long calls(String operation) {
        AtomicLong count = calls.get(operation);
        return count == null ? 0 : count.get();
    }

    public Map<String, Long> callCounts() {
        Map<String, Long> counts = new TreeMap<>();
        calls.forEach((op, count) -> counts.put(op, count.get()));
        return counts;
    }

    private Instant nextModification(Instant previous) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return now.isAfter(previous) ? now : previous.plusSeconds(1);
    }
}
