package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketsync.sandbox.SimHttp;
import java.io.IOException;
import java.util.List;

/** The Marketplace Agreement API operations: SearchAgreements, DescribeAgreement and GetAgreementTerms. */
final class AgreementApi {

    private static final int MAX_RESULTS = 50;
    private static final List<String> PAGING = List.of("nextToken", "maxResults");

    private final AwsMarketplaceState state;

    AgreementApi(AwsMarketplaceState state) {
        this.state = state;
    }

    JsonNode handle(Operation operation, SignedRequest request) throws IOException {
        JsonNode body =
                request.body().length == 0 ? SimHttp.JSON.createObjectNode() : SimHttp.JSON.readTree(request.body());
        return switch (operation) {
            case SEARCH_AGREEMENTS -> searchAgreements(body);
            case DESCRIBE_AGREEMENT -> agreement(body).describeResponse();
            case GET_AGREEMENT_TERMS -> agreementTerms(body);
            default -> throw new IllegalArgumentException(operation + " is not an Agreement operation");
        };
    }

    private ObjectNode searchAgreements(JsonNode request) {
        AgreementSearch search = AgreementSearch.of(request);
        Page<StoredAgreement> page = Page.of(
                search.apply(state.agreements()), request, "nextToken", PAGING, maxResults(request), Api.AGREEMENT);
        ObjectNode response = SimHttp.JSON.createObjectNode();
        ArrayNode summaries = response.putArray("agreementViewSummaries");
        page.items().forEach(a -> summaries.add(a.viewSummary()));
        page.nextToken().ifPresent(token -> response.put("nextToken", token));
        return response;
    }

    private ObjectNode agreementTerms(JsonNode request) {
        StoredAgreement agreement = agreement(request);
        Page<ObjectNode> page =
                Page.of(agreement.acceptedTerms(), request, "nextToken", PAGING, maxResults(request), Api.AGREEMENT);
        ObjectNode response = SimHttp.JSON.createObjectNode();
        response.putArray("acceptedTerms").addAll(page.items());
        page.nextToken().ifPresent(token -> response.put("nextToken", token));
        return response;
    }

    private StoredAgreement agreement(JsonNode request) {
        String agreementId = request.path("agreementId").asText("");
        if (agreementId.isEmpty()) {
            throw AwsApiException.validation(Api.AGREEMENT, "agreementId is required.", "MISSING_AGREEMENT_ID");
        }
        if (!agreementId.matches("[A-Za-z0-9_/-]{1,64}")) {
            throw AwsApiException.validation(Api.AGREEMENT, "agreementId is not valid.", "INVALID_AGREEMENT_ID");
        }
        return state.agreement(agreementId)
                .orElseThrow(() -> AwsApiException.notFound(
                        Api.AGREEMENT, "Agreement " + agreementId + " was not found.", agreementId));
    }

    private static int maxResults(JsonNode request) {
        int maxResults = request.path("maxResults").asInt(MAX_RESULTS);
        if (maxResults < 1 || maxResults > MAX_RESULTS) {
            throw AwsApiException.validation(
                    Api.AGREEMENT, "maxResults must be between 1 and " + MAX_RESULTS + ".", "INVALID_MAX_RESULTS");
        }
        return maxResults;
    }
}
