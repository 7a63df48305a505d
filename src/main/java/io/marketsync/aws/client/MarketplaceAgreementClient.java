package io.marketsync.aws.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The AWS Marketplace Agreement API (awsJson1_0): search and describe agreements and read their
 * accepted terms. Knows nothing of Camel.
 */
public final class MarketplaceAgreementClient {

    public static final String TARGET_PREFIX = "AWSMPCommerceService_v20200301";

    /** {@code maxResults} of the Agreement API's paged operations: 1 to 50. */
    public static final int MAX_PAGE_SIZE = 50;

    private final AwsJsonClient client;
    private final AwsService service;

    public MarketplaceAgreementClient(AwsJsonClient client, AwsService service) {
        this.client = client;
        this.service = service;
    }

    /** One page of {@code SearchAgreements}; {@code nextToken} null for the first page. */
    public AgreementPage searchAgreements(List<AgreementFilter> filters, int maxResults, String nextToken) {
        if (maxResults < 1 || maxResults > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("maxResults must be 1 to " + MAX_PAGE_SIZE + ", was " + maxResults);
        }
        ObjectNode request = AwsJson.MAPPER
                .createObjectNode()
                .put("catalog", MarketplaceCatalogClient.CATALOG)
                .put("maxResults", maxResults);
        ArrayNode list = request.putArray("filters");
        for (AgreementFilter filter : filters) {
            list.addObject().put("name", filter.name()).putArray("values").add(filter.value());
        }
        if (nextToken != null) {
            request.put("nextToken", nextToken);
        }
        JsonNode response = client.awsJson(service, "SearchAgreements", request);
        List<AgreementViewSummary> agreements = new ArrayList<>();
        for (JsonNode item : response.path("agreementViewSummaries")) {
            agreements.add(convert(item, AgreementViewSummary.class, "SearchAgreements"));
        }
        return new AgreementPage(agreements, nextToken(response));
    }

    public Agreement describeAgreement(String agreementId) {
        JsonNode response = client.awsJson(
                service, "DescribeAgreement", AwsJson.MAPPER.createObjectNode().put("agreementId", agreementId));
        return convert(response, Agreement.class, "DescribeAgreement");
    }

    /** Every accepted term of an agreement, following {@code nextToken} to the last page. */
    public List<JsonNode> getAgreementTerms(String agreementId) {
        List<JsonNode> terms = new ArrayList<>();
        String nextToken = null;
        do {
            ObjectNode request = AwsJson.MAPPER
                    .createObjectNode()
                    .put("agreementId", agreementId)
                    .put("maxResults", MAX_PAGE_SIZE);
            if (nextToken != null) {
                request.put("nextToken", nextToken);
            }
            JsonNode response = client.awsJson(service, "GetAgreementTerms", request);
            response.path("acceptedTerms").forEach(terms::add);
            nextToken = nextToken(response);
        } while (nextToken != null);
        return terms;
    }

    /** The API may send an empty token on the last page. */
    private static String nextToken(JsonNode response) {
        String token = MarketplaceCatalogClient.textOrNull(response, "nextToken");
        return token == null || token.isEmpty() ? null : token;
    }

    private <T> T convert(JsonNode node, Class<T> type, String operation) {
        try {
            return AwsJson.MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new AwsApiException(
                    service.name(),
                    operation,
                    200,
                    "UnreadableResponse",
                    type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }
}
