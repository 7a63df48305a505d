package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketsync.sandbox.SimHttp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One agreement: its DescribeAgreement response and its accepted terms (GetAgreementTerms items), with
 * timestamps as epoch-second numbers, the Agreement API's wire form. Immutable; accessors return copies.
 */
public final class StoredAgreement {

    /** The AgreementViewSummary members SearchAgreements returns, all of them present in DescribeAgreement. */
    private static final List<String> SUMMARY_FIELDS = List.of(
            "agreementId",
            "acceptanceTime",
            "startTime",
            "endTime",
            "agreementType",
            "acceptor",
            "proposer",
            "proposalSummary",
            "status");

    private static final List<String> AGREEMENT_TIMES = List.of("acceptanceTime", "startTime", "endTime");

    private final ObjectNode description;
    private final List<ObjectNode> acceptedTerms;

    public StoredAgreement(JsonNode describeAgreementResponse, List<? extends JsonNode> acceptedTerms) {
        if (describeAgreementResponse.path("agreementId").asText("").isEmpty()) {
            throw new IllegalArgumentException("DescribeAgreement response without agreementId");
        }
        this.description = describeAgreementResponse.deepCopy();
        AGREEMENT_TIMES.forEach(field -> toEpochSeconds(description, field));
        List<ObjectNode> terms = new ArrayList<>();
        for (JsonNode term : acceptedTerms) {
            ObjectNode copy = term.deepCopy();
            copy.fields().forEachRemaining(union -> normalizeTermTimes(union.getValue()));
            terms.add(copy);
        }
        this.acceptedTerms = List.copyOf(terms);
    }

    public String agreementId() {
        return description.get("agreementId").asText();
    }

    public String status() {
        return description.path("status").asText();
    }

    public ObjectNode describeResponse() {
        return description.deepCopy();
    }

    public List<ObjectNode> acceptedTerms() {
        return acceptedTerms.stream().map(ObjectNode::deepCopy).toList();
    }

    /** The AgreementViewSummary of SearchAgreements. */
    ObjectNode viewSummary() {
        ObjectNode summary = SimHttp.JSON.createObjectNode();
        for (String field : SUMMARY_FIELDS) {
            if (description.has(field)) {
                summary.set(field, description.get(field).deepCopy());
            }
        }
        return summary;
    }

    Optional<Instant> endTime() {
        JsonNode end = description.get("endTime");
        return end == null || end.isNull() ? Optional.empty() : Optional.of(WireTimestamps.parse(end));
    }

    /** The same agreement with another status, e.g. {@code EXPIRED} once its end time passed. */
    public StoredAgreement withStatus(String newStatus) {
        ObjectNode changed = description.deepCopy();
        changed.put("status", newStatus);
        return new StoredAgreement(changed, acceptedTerms);
    }

    private static void normalizeTermTimes(JsonNode term) {
        if (!term.isObject()) {
            return;
        }
        toEpochSeconds((ObjectNode) term, "agreementStartDate");
        toEpochSeconds((ObjectNode) term, "agreementEndDate");
        if (term.path("schedule") instanceof ArrayNode schedule) {
            schedule.forEach(item -> {
                if (item.isObject()) {
                    toEpochSeconds((ObjectNode) item, "chargeDate");
                }
            });
        }
    }

    /** Seed files may carry ISO strings (as CLIs print them); the wire carries epoch seconds. */
    private static void toEpochSeconds(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && !value.isNull()) {
            node.set(field, WireTimestamps.epochSeconds(WireTimestamps.parse(value)));
        }
    }
}
