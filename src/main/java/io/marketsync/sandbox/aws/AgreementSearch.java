package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filters and sort of one SearchAgreements request, checked against the filter combinations the
 * operation's documentation allows for each party type, and applied to the stored agreements.
 */
final class AgreementSearch {

    private static final Set<String> FILTER_NAMES = Set.of(
            "PartyType",
            "AgreementType",
            "ResourceIdentifier",
            "ResourceType",
            "AcceptorAccountId",
            "OfferId",
            "OfferSetId",
            "Status",
            "BeforeEndTime",
            "AfterEndTime");

    /**
     * Besides AgreementType (always required), Status and the EndTime bounds, a Proposer search may narrow by
     * exactly one of these sets of filters; an Acceptor search by the second list (ResourceType there without
     * Status).
     */
    private static final List<Set<String>> PROPOSER_KEYS = List.of(
            Set.of(),
            Set.of("ResourceType"),
            Set.of("ResourceIdentifier"),
            Set.of("AcceptorAccountId"),
            Set.of("AcceptorAccountId", "OfferId"),
            Set.of("AcceptorAccountId", "ResourceIdentifier"),
            Set.of("AcceptorAccountId", "ResourceType"),
            Set.of("OfferId"),
            Set.of("OfferSetId"));

    private static final List<Set<String>> ACCEPTOR_KEYS = List.of(
            Set.of(), Set.of("ResourceIdentifier"), Set.of("ResourceType"), Set.of("OfferId"), Set.of("OfferSetId"));

    private final Map<String, String> filters;
    private final Comparator<StoredAgreement> order;

    private AgreementSearch(Map<String, String> filters, Comparator<StoredAgreement> order) {
        this.filters = filters;
        this.order = order;
    }

    static AgreementSearch of(JsonNode request) {
        String catalog = request.path("catalog").asText(CatalogApi.CATALOG);
        if (!CatalogApi.CATALOG.equals(catalog)) {
            throw invalid("Catalog " + catalog + " is not supported.", "INVALID_CATALOG");
        }
        Map<String, String> filters = readFilters(request.path("filters"));
        checkCombination(filters);
        return new AgreementSearch(filters, readSort(request.path("sort")));
    }

    List<StoredAgreement> apply(List<StoredAgreement> agreements) {
        // The simulated account only sells, so it is the acceptor of none of its agreements.
        if (filters.get("PartyType").equals("Acceptor")) {
            return List.of();
        }
        return agreements.stream().filter(this::matches).sorted(order).toList();
    }

    private boolean matches(StoredAgreement agreement) {
        JsonNode a = agreement.describeResponse();
        JsonNode proposal = a.path("proposalSummary");
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            String value = filter.getValue();
            boolean match =
                    switch (filter.getKey()) {
                        case "AgreementType" -> value.equals(
                                a.path("agreementType").asText());
                        case "Status" -> value.equals(a.path("status").asText());
                        case "AcceptorAccountId" -> value.equals(
                                a.path("acceptor").path("accountId").asText());
                        case "OfferId" -> value.equals(proposal.path("offerId").asText());
                        case "OfferSetId" -> value.equals(
                                proposal.path("offerSetId").asText());
                        case "ResourceIdentifier" -> hasResource(proposal, "id", value);
                        case "ResourceType" -> hasResource(proposal, "type", value);
                        case "BeforeEndTime" -> agreement
                                .endTime()
                                .map(end -> end.isBefore(WireTimestamps.parse(value)))
                                .orElse(false);
                        case "AfterEndTime" -> agreement
                                .endTime()
                                .map(end -> end.isAfter(WireTimestamps.parse(value)))
                                .orElse(false);
                        default -> true;
                    };
            if (!match) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasResource(JsonNode proposal, String member, String value) {
        for (JsonNode resource : proposal.path("resources")) {
            if (value.equals(resource.path(member).asText())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> readFilters(JsonNode list) {
        if (!list.isArray() || list.isEmpty() || list.size() > 10) {
            throw invalid("filters must hold between 1 and 10 filters.", "INVALID_FILTERS");
        }
        Map<String, String> filters = new LinkedHashMap<>();
        for (JsonNode filter : list) {
            String name = filter.path("name").asText("");
            if (name.isEmpty()) {
                throw invalid("A filter has no name.", "MISSING_FILTER_NAME");
            }
            if (!FILTER_NAMES.contains(name)) {
                throw invalid("Filter name " + name + " is not supported.", "INVALID_FILTER_NAME");
            }
            JsonNode values = filter.path("values");
            if (!values.isArray() || values.isEmpty()) {
                throw invalid("Filter " + name + " has no values.", "MISSING_FILTER_VALUES");
            }
            if (values.size() != 1 || filters.containsKey(name)) {
                throw invalid("Filter " + name + " takes exactly one value.", "INVALID_FILTER_VALUES");
            }
            filters.put(name, values.get(0).asText());
        }
        checkValues(filters);
        return filters;
    }

    private static void checkValues(Map<String, String> filters) {
        String party = filters.get("PartyType");
        if (party == null) {
            throw invalid("The PartyType filter is required.", "MISSING_PARTY_TYPE");
        }
        if (!party.equals("Proposer") && !party.equals("Acceptor")) {
            throw invalid("PartyType must be Proposer or Acceptor.", "INVALID_PARTY_TYPE");
        }
        if (!"PurchaseAgreement".equals(filters.get("AgreementType"))) {
            throw invalid("The AgreementType filter must be PurchaseAgreement.", "INVALID_FILTER_VALUES");
        }
        for (String time : List.of("BeforeEndTime", "AfterEndTime")) {
            if (filters.containsKey(time)) {
                try {
                    WireTimestamps.parse(filters.get(time));
                } catch (RuntimeException e) {
                    throw invalid(time + " must be a timestamp.", "INVALID_FILTER_VALUES");
                }
            }
        }
    }

    private static void checkCombination(Map<String, String> filters) {
        Set<String> keys = new HashSet<>(filters.keySet());
        keys.removeAll(Set.of("PartyType", "AgreementType", "Status", "BeforeEndTime", "AfterEndTime"));
        boolean proposer = filters.get("PartyType").equals("Proposer");
        boolean allowed = (proposer ? PROPOSER_KEYS : ACCEPTOR_KEYS).contains(keys)
                && (proposer || !(keys.contains("ResourceType") && filters.containsKey("Status")));
        if (!allowed) {
            throw invalid(
                    "The combination of filters " + filters.keySet() + " is not supported.", "UNSUPPORTED_FILTERS");
        }
    }

    private static Comparator<StoredAgreement> readSort(JsonNode sort) {
        Comparator<StoredAgreement> byId = Comparator.comparing(StoredAgreement::agreementId);
        if (sort.isMissingNode() || sort.isNull()) {
            return byId;
        }
        if (!"EndTime".equals(sort.path("sortBy").asText())) {
            throw invalid("Only EndTime is supported for sorting.", "INVALID_SORT_BY");
        }
        String direction = sort.path("sortOrder").asText("ASCENDING");
        if (!direction.equals("ASCENDING") && !direction.equals("DESCENDING")) {
            throw invalid("sortOrder must be ASCENDING or DESCENDING.", "INVALID_SORT_ORDER");
        }
        // Agreements without an end time (pay-as-you-go) sort after those with one.
        Comparator<StoredAgreement> byEnd =
                Comparator.comparing(a -> a.endTime().orElse(Instant.MAX));
        return (direction.equals("DESCENDING") ? byEnd.reversed() : byEnd).thenComparing(byId);
    }

    private static AwsApiException invalid(String message, String reason) {
        return AwsApiException.validation(Api.AGREEMENT, message, reason);
    }
}
