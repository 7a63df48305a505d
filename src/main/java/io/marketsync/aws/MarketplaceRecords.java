package io.marketsync.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketsync.aws.client.Agreement;
import io.marketsync.aws.client.AwsJson;
import io.marketsync.aws.client.EntityDetail;
import io.marketsync.aws.client.EntitySummary;
import io.marketsync.aws.client.MarketplaceAgreementClient;
import java.util.List;

/**
 * The records the component emits, the same from its consumer and its producer, so one mapping
 * file serves both. A page body is {@code {"records": [...]}}.
 *
 * <p>A Catalog record is the entity as {@code DescribeEntity} returns it ({@code EntityId},
 * {@code EntityType} without its version, {@code EntityIdentifier}, {@code EntityArn},
 * {@code LastModifiedDate}, {@code DetailsDocument}), plus {@code Name}, {@code Visibility} and the
 * typed summary ({@code OfferSummary}...) of {@code ListEntities} when listed, plus the offer rules
 * lifted out: {@code BuyerAccounts} and {@code AvailabilityEndDate}, and the terms put in words:
 * {@code PricingSummary} and {@code PaymentSchedule} ({@link OfferTerms}).
 *
 * <p>An agreement record is {@code DescribeAgreement}'s answer (timestamps as ISO-8601), its
 * {@code acceptedTerms} as the API returns them, and a {@code summary} ({@link AgreementSummary}).
 */
final class MarketplaceRecords {

    private MarketplaceRecords() {}

    static ObjectNode page(List<ObjectNode> records) {
        ObjectNode page = AwsJson.MAPPER.createObjectNode();
        page.putArray("records").addAll(records);
        return page;
    }

    /** A Catalog entity; {@code listed} is its ListEntities summary, or null when described by id alone. */
    static ObjectNode entity(EntityDetail detail, EntitySummary listed) {
        JsonNode document = detail.detailsDocument();
        ObjectNode record = AwsJson.MAPPER
                .createObjectNode()
                .put("EntityId", detail.entityId())
                .put("EntityType", unversioned(listed != null ? listed.entityType() : detail.entityType()))
                .put("EntityIdentifier", detail.entityIdentifier())
                .put("EntityArn", detail.entityArn())
                .put("LastModifiedDate", detail.lastModifiedDate())
                .put(
                        "Name",
                        listed != null ? listed.name() : document.path("Name").textValue())
                .put("Visibility", listed != null ? listed.visibility() : null);
        if (listed != null) {
            record.setAll(listed.typeSummaries());
        }
        record.set("DetailsDocument", document);
        List<String> buyers = OfferRules.buyerAccounts(document);
        ArrayNode buyerAccounts = record.putArray("BuyerAccounts");
        if (buyers.isEmpty()) {
            record.path("OfferSummary").path("BuyerAccounts").forEach(buyerAccounts::add);
        } else {
            buyers.forEach(buyerAccounts::add);
        }
        record.put("PricingSummary", OfferTerms.pricing(document));
        record.put("PaymentSchedule", OfferTerms.paymentSchedule(document));
        String availabilityEnd = OfferRules.availabilityEndDate(document);
        record.put(
                "AvailabilityEndDate",
                availabilityEnd != null
                        ? availabilityEnd
                        : record.path("OfferSummary")
                                .path("AvailabilityEndDate")
                                .textValue());
        return record;
    }

    /** An agreement with its terms and summary: one DescribeAgreement and GetAgreementTerms until the last page. */
    static ObjectNode agreement(MarketplaceAgreementClient client, String agreementId) {
        Agreement agreement = client.describeAgreement(agreementId);
        List<JsonNode> terms = client.getAgreementTerms(agreementId);
        ObjectNode record = AwsJson.MAPPER.valueToTree(agreement);
        record.putArray("acceptedTerms").addAll(terms);
        record.set("summary", AwsJson.MAPPER.valueToTree(AgreementSummary.of(agreement, terms)));
        return record;
    }

    /** {@code Offer@1.0} becomes {@code Offer}, as ListEntities names the type. */
    private static String unversioned(String entityType) {
        if (entityType == null) {
            return null;
        }
        int at = entityType.indexOf('@');
        return at < 0 ? entityType : entityType.substring(0, at);
    }
}
