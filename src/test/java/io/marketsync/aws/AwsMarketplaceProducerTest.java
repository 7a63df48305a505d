package io.marketsync.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketsync.aws.client.AwsApiException;
import io.marketsync.sandbox.aws.CatalogEntity;
import io.marketsync.sandbox.aws.StoredAgreement;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

class AwsMarketplaceProducerTest extends SimulatedAwsCamelTest {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:offer").to("aws-marketplace:offers");
                from("direct:agreement").to("aws-marketplace:agreements");
                from("direct:any").to("aws-marketplace:products?operation=describeEntity");
            }
        };
    }

    @Test
    void describesAnOfferByIdInTheConsumersRecordShape() {
        CatalogEntity offer = aws.simulator().state().entities("Offer").stream()
                .filter(o -> o.details().path("Rules").size() > 1)
                .findFirst()
                .orElseThrow();

        Exchange out = template.request("direct:offer", e -> e.getMessage().setBody(offer.entityId()));

        JsonNode record = single(out);
        assertThat(record.path("EntityId").asText()).isEqualTo(offer.entityId());
        assertThat(record.path("EntityType").asText()).isEqualTo("Offer");
        assertThat(record.path("LastModifiedDate").asText())
                .isEqualTo(offer.lastModified().toString());
        assertThat(record.path("BuyerAccounts").size()).isPositive();
        assertThat(record.path("AvailabilityEndDate").isTextual()).isTrue();
        assertThat(record.path("DetailsDocument").path("ProductId").asText())
                .isEqualTo(offer.details().path("ProductId").asText());
        assertThat(out.getMessage().getHeader(AwsMarketplaceConstants.RESOURCE)).isEqualTo("offers");
    }

    @Test
    void describesAnAgreementByHeaderWithTermsAndSummary() {
        StoredAgreement agreement = aws.simulator().state().agreements().get(0);

        Exchange out = template.request("direct:agreement", e -> e.getMessage()
                .setHeader(AwsMarketplaceConstants.AGREEMENT_ID, agreement.agreementId()));

        JsonNode record = single(out);
        assertThat(record.path("agreementId").asText()).isEqualTo(agreement.agreementId());
        assertThat(record.path("status").asText()).isEqualTo(agreement.status());
        assertThat(record.path("acceptedTerms").size())
                .isEqualTo(agreement.acceptedTerms().size());
        assertThat(record.path("summary").path("pricingModel").isTextual()).isTrue();
    }

    @Test
    void theOperationHeaderOverridesTheEndpoint() {
        StoredAgreement agreement = aws.simulator().state().agreements().get(0);

        Exchange out = template.request("direct:any", e -> {
            e.getMessage().setHeader(AwsMarketplaceConstants.OPERATION, "describeAgreement");
            e.getMessage().setBody(agreement.agreementId());
        });

        assertThat(single(out).path("agreementId").asText()).isEqualTo(agreement.agreementId());
    }

    @Test
    void anUnknownIdFailsWithTheApiError() {
        assertThatThrownBy(() -> template.requestBody("direct:offer", "offer-unknown"))
                .isInstanceOf(CamelExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        AwsApiException.class, e -> assertThat(e.errorType()).isEqualTo("ResourceNotFoundException"));
    }

    private static JsonNode single(Exchange out) {
        assertThat(out.getException()).isNull();
        JsonNode page = out.getMessage().getBody(JsonNode.class);
        assertThat(page.path("records").size()).isEqualTo(1);
        return page.path("records").get(0);
    }
}
