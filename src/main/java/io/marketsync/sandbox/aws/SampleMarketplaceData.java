package io.marketsync.sandbox.aws;

import static io.marketsync.sandbox.aws.JsonBuilder.arr;
import static io.marketsync.sandbox.aws.JsonBuilder.obj;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.StreamSupport;

/**
 * Generated, realistic seller data for sandbox runs: three products (SaaS, AMI, container), a public offer
 * for each, two private offers with buyer targeting, a resale authorization, and five agreements (active,
 * expired, cancelled; contract and usage pricing) with their terms. Ids come from a fixed seed, so every
 * run holds the same data.
 */
public final class SampleMarketplaceData {

    public static final String SELLER_ACCOUNT_ID = "530127486901";
    public static final int PRODUCTS = 3;
    public static final int OFFERS = 5;
    public static final int PRIVATE_OFFERS = 2;
    public static final int RESALE_AUTHORIZATIONS = 1;
    public static final int AGREEMENTS = 5;

    private static final long SEED = 20_250_301L;
    private static final String SELLER_NAME = "Northwind Software Inc.";
    private static final String ARN_PREFIX =
            "arn:aws:aws-marketplace:us-east-1:" + SELLER_ACCOUNT_ID + ":AWSMarketplace/";
    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Random random = new Random(SEED);
    private final AwsMarketplaceState state;

    private SampleMarketplaceData(AwsMarketplaceState state) {
        this.state = state;
    }

    public static void populate(AwsMarketplaceState state) {
        new SampleMarketplaceData(state).populate();
    }

    private void populate() {
        String buyerA = accountId();
        String buyerB = accountId();
        String buyerC = accountId();
        String buyerD = accountId();
        String buyerE = accountId();
        String reseller = accountId();

        String saas = product(
                "SaaSProduct",
                "Northwind Observability Cloud",
                "Public",
                "Metrics, traces and logs for cloud workloads, billed by tier and ingested data.",
                arr(
                        dimension("BasicTier", "Basic tier", "Entitled", "Units"),
                        dimension("ProTier", "Pro tier", "Entitled", "Units"),
                        dimension("ingested_gb", "Ingested data", "ExternallyMetered", "GB")),
                "2025-01-20T09:12:44Z");
        String ami = product(
                "AmiProduct",
                "Northwind Edge Gateway",
                "Public",
                "A hardened API gateway image for edge deployments, billed per instance hour.",
                arr(
                        dimension("m5.large", "m5.large", "Metered", "Hrs"),
                        dimension("m5.xlarge", "m5.xlarge", "Metered", "Hrs")),
                "2025-02-03T14:30:00Z");
        String container = product(
                "ContainerProduct",
                "Northwind Stream Processor",
                "Limited",
                "Stream processing on Amazon EKS and ECS, billed per vCPU hour.",
                arr(dimension("vcpu_hours", "vCPU hours", "ExternallyMetered", "Hrs")),
                "2025-02-10T08:05:31Z");

        String saasPublic = offer(
                saas,
                "Northwind Observability Cloud - public contract",
                "2025-01-22T10:00:00Z",
                arr(
                        contractPricing(
                                obj("Type", "Duration", "Value", "P1M"), "BasicTier", "99.00", "ProTier", "499.00"),
                        usagePricing("ingested_gb", "0.12"),
                        standardLegal(),
                        support("Full refund within 30 days of purchase."),
                        obj("Type", "RenewalTerm")),
                arr());
        String amiPublic = offer(
                ami,
                "Northwind Edge Gateway - hourly",
                "2025-02-05T16:45:12Z",
                arr(
                        usagePricing("m5.large", "0.35", "m5.xlarge", "0.70"),
                        standardLegal(),
                        support("No refunds for hourly usage.")),
                arr());
        String containerPublic = offer(
                container,
                "Northwind Stream Processor - usage",
                "2025-02-12T11:20:00Z",
                arr(
                        usagePricing("vcpu_hours", "0.045"),
                        standardLegal(),
                        support("Refunds on request within 14 days.")),
                arr());
        String saasPrivate = offer(
                saas,
                "Contoso Health - Observability 3 year contract",
                "2025-03-18T13:02:55Z",
                arr(
                        contractPricing(
                                obj("Type", "Duration", "Value", "P36M"), "BasicTier", "0.00", "ProTier", "5400.00"),
                        obj("Type", "ValidityTerm", "AgreementDuration", "P36M"),
                        obj(
                                "Type",
                                "PaymentScheduleTerm",
                                "CurrencyCode",
                                "USD",
                                "Schedule",
                                arr(
                                        charge("2025-04-01", "90000.00"),
                                        charge("2026-04-01", "90000.00"),
                                        charge("2027-04-01", "90000.00"))),
                        customLegal("https://legal.northwind.example/eula/contoso-health-2025.pdf"),
                        support("Refunds per the signed order form.")),
                arr(availability("2025-04-30T23:59:59Z"), targeting(buyerA)));
        String amiPrivate = offer(
                ami,
                "Edge Gateway - Litware and Tailspin discount",
                "2024-06-20T08:40:00Z",
                arr(
                        usagePricing("m5.large", "0.28", "m5.xlarge", "0.56"),
                        obj("Type", "ValidityTerm", "AgreementEndDate", "2025-06-30"),
                        customLegal("https://legal.northwind.example/eula/edge-gateway-private.pdf"),
                        support("No refunds for hourly usage.")),
                arr(availability("2024-07-31T23:59:59Z"), targeting(buyerB, buyerC)));
        resaleAuthorization(saas, reseller);

        agreement(
                saasPrivate,
                saas,
                "SaaSProduct",
                buyerA,
                "ACTIVE",
                "2025-03-28T17:21:09Z",
                "2025-04-01T00:00:00Z",
                "2028-03-31T23:59:59Z",
                "270000.00",
                arr(
                        obj(
                                "configurableUpfrontPricingTerm",
                                obj(
                                        "type",
                                        "ConfigurableUpfrontPricingTerm",
                                        "id",
                                        termId(),
                                        "currencyCode",
                                        "USD",
                                        "rateCards",
                                        arr(obj(
                                                "selector",
                                                obj("type", "Duration", "value", "P36M"),
                                                "constraints",
                                                obj(
                                                        "multipleDimensionSelection",
                                                        "Allowed",
                                                        "quantityConfiguration",
                                                        "Allowed"),
                                                "rateCard",
                                                arr(rate("BasicTier", "0.00"), rate("ProTier", "5400.00")))),
                                        "configuration",
                                        obj(
                                                "selectorValue",
                                                "P36M",
                                                "dimensions",
                                                arr(obj("dimensionKey", "ProTier", "dimensionValue", 50))))),
                        validity("P36M", "2025-04-01T00:00:00Z", "2028-03-31T23:59:59Z"),
                        obj(
                                "paymentScheduleTerm",
                                obj(
                                        "type",
                                        "PaymentScheduleTerm",
                                        "id",
                                        termId(),
                                        "currencyCode",
                                        "USD",
                                        "schedule",
                                        arr(
                                                agreementCharge("2025-04-01T00:00:00Z", "90000.00"),
                                                agreementCharge("2026-04-01T00:00:00Z", "90000.00"),
                                                agreementCharge("2027-04-01T00:00:00Z", "90000.00")))),
                        obj(
                                "legalTerm",
                                obj(
                                        "type",
                                        "LegalTerm",
                                        "id",
                                        termId(),
                                        "documents",
                                        arr(obj(
                                                "type", "CustomEula",
                                                "url", "https://legal.northwind.example/eula/contoso-health-2025.pdf",
                                                "version", "2025-03-01")))),
                        agreementSupport("Refunds per the signed order form."),
                        renewal(false)));
        agreement(
                saasPublic,
                saas,
                "SaaSProduct",
                buyerD,
                "ACTIVE",
                "2026-05-28T09:44:10Z",
                "2026-06-01T00:00:00Z",
                "2027-05-31T23:59:59Z",
                "5988.00",
                arr(
                        obj(
                                "configurableUpfrontPricingTerm",
                                obj(
                                        "type",
                                        "ConfigurableUpfrontPricingTerm",
                                        "id",
                                        termId(),
                                        "currencyCode",
                                        "USD",
                                        "rateCards",
                                        arr(obj(
                                                "selector",
                                                obj("type", "Duration", "value", "P1M"),
                                                "constraints",
                                                obj(
                                                        "multipleDimensionSelection",
                                                        "Disallowed",
                                                        "quantityConfiguration",
                                                        "Allowed"),
                                                "rateCard",
                                                arr(rate("BasicTier", "99.00"), rate("ProTier", "499.00")))),
                                        "configuration",
                                        obj(
                                                "selectorValue",
                                                "P1M",
                                                "dimensions",
                                                arr(obj("dimensionKey", "ProTier", "dimensionValue", 1))))),
                        agreementUsage("ingested_gb", "0.12"),
                        standardAgreementLegal(),
                        agreementSupport("Full refund within 30 days of purchase."),
                        renewal(true)));
        agreement(
                amiPublic,
                ami,
                "AmiProduct",
                buyerE,
                "ACTIVE",
                "2025-08-11T22:15:37Z",
                "2025-08-11T22:15:37Z",
                null,
                null,
                arr(
                        agreementUsage("m5.large", "0.35", "m5.xlarge", "0.70"),
                        standardAgreementLegal(),
                        agreementSupport("No refunds for hourly usage.")));
        agreement(
                amiPrivate,
                ami,
                "AmiProduct",
                buyerB,
                "EXPIRED",
                "2024-06-28T12:00:03Z",
                "2024-07-01T00:00:00Z",
                "2025-06-30T23:59:59Z",
                null,
                arr(
                        agreementUsage("m5.large", "0.28", "m5.xlarge", "0.56"),
                        validity(null, "2024-07-01T00:00:00Z", "2025-06-30T23:59:59Z"),
                        obj(
                                "legalTerm",
                                obj(
                                        "type",
                                        "LegalTerm",
                                        "id",
                                        termId(),
                                        "documents",
                                        arr(obj(
                                                "type", "CustomEula",
                                                "url", "https://legal.northwind.example/eula/edge-gateway-private.pdf",
                                                "version", "2024-06-01")))),
                        agreementSupport("No refunds for hourly usage.")));
        agreement(
                containerPublic,
                container,
                "ContainerProduct",
                buyerC,
                "CANCELLED",
                "2025-02-14T07:51:20Z",
                "2025-02-14T07:51:20Z",
                "2025-08-12T15:03:44Z",
                null,
                arr(
                        agreementUsage("vcpu_hours", "0.045"),
                        standardAgreementLegal(),
                        agreementSupport("Refunds on request within 14 days.")));
    }

    private String product(
            String type, String title, String visibility, String description, ArrayNode dimensions, String modified) {
        String id = "prod-" + alphanumeric(13);
        ObjectNode details = obj(
                "Description",
                        obj(
                                "ProductTitle",
                                title,
                                "ProductCode",
                                alphanumeric(25),
                                "ShortDescription",
                                description,
                                "LongDescription",
                                description,
                                "Manufacturer",
                                SELLER_NAME,
                                "ProductState",
                                "Active",
                                "Visibility",
                                visibility,
                                "Sku",
                                id.toUpperCase(),
                                "Highlights",
                                arr(description),
                                "SearchKeywords",
                                arr("observability", "edge", "streaming"),
                                "Categories",
                                arr("Monitoring")),
                "PromotionalResources",
                        obj(
                                "LogoUrl",
                                "https://assets.northwind.example/logo/" + id + ".png",
                                "Videos",
                                arr(),
                                "AdditionalResources",
                                arr()),
                "SupportInformation", obj("Description", "Email support@northwind.example, 24x7 for Pro tier."),
                "Dimensions", dimensions,
                "Targeting", obj("PositiveTargeting", obj("BuyerAccounts", arr())));
        entity(type, id, modified, details);
        return id;
    }

    private String offer(String productId, String name, String modified, ArrayNode terms, ArrayNode rules) {
        String id = "offer-" + alphanumeric(13);
        for (int i = 0; i < terms.size(); i++) {
            ((ObjectNode) terms.get(i)).put("Id", termId());
        }
        ObjectNode details = obj(
                "Id",
                id,
                "Name",
                name,
                "Description",
                name,
                "ProductId",
                productId,
                "State",
                "Released",
                "Terms",
                terms,
                "Rules",
                rules);
        entity("Offer", id, modified, details);
        return id;
    }

    private void resaleAuthorization(String productId, String resellerAccountId) {
        String id = "resaleauthz-" + alphanumeric(13);
        ObjectNode details = obj(
                "Name", "Northwind Observability Cloud - EMEA resale",
                "Description", "Resale of the Pro tier by Fabrikam in EMEA",
                "ProductId", productId,
                "ProductName", "Northwind Observability Cloud",
                "Status", "Active",
                "ManufacturerAccountId", SELLER_ACCOUNT_ID,
                "ManufacturerLegalName", SELLER_NAME,
                "ResellerAccountId", resellerAccountId,
                "ResellerLegalName", "Fabrikam Cloud Partners GmbH",
                "ResellerRole", "ChannelPartner",
                "CreatedDate", "2025-05-06T10:11:12Z",
                "OffersMaxQuantity", "10",
                "Terms",
                        arr(
                                obj(
                                        "Id",
                                        termId(),
                                        "Type",
                                        "ResaleConfigurableUpfrontPricingTerm",
                                        "CurrencyCode",
                                        "USD",
                                        "RateCards",
                                        arr(obj(
                                                "Selector",
                                                obj("Type", "Duration", "Value", "P12M"),
                                                "Constraints",
                                                obj(
                                                        "MultipleDimensionSelection",
                                                        "Allowed",
                                                        "QuantityConfiguration",
                                                        "Allowed"),
                                                "RateCard",
                                                arr(obj("DimensionKey", "ProTier", "Price", "4200.00"))))),
                                obj(
                                        "Id",
                                        termId(),
                                        "Type",
                                        "BuyerLegalTerm",
                                        "Documents",
                                        arr(obj("Type", "StandardEula", "Version", "2022-07-14")))),
                "Rules", arr(availability("2027-05-06T23:59:59Z")));
        entity("ResaleAuthorization", id, "2025-05-06T10:15:40Z", details);
    }

    private void entity(String type, String id, String modified, ObjectNode details) {
        state.putEntity(
                new CatalogEntity(id, type, "1.0", 1, ARN_PREFIX + type + "/" + id, Instant.parse(modified), details));
    }

    private void agreement(
            String offerId,
            String productId,
            String productType,
            String buyer,
            String status,
            String accepted,
            String start,
            String end,
            String value,
            ArrayNode terms) {
        ObjectNode description = obj(
                "agreementId", "agmt-" + alphanumeric(25),
                "acceptor", obj("accountId", buyer),
                "proposer", obj("accountId", SELLER_ACCOUNT_ID),
                "acceptanceTime", Instant.parse(accepted).getEpochSecond(),
                "startTime", Instant.parse(start).getEpochSecond(),
                "agreementType", "PurchaseAgreement",
                "proposalSummary", obj("offerId", offerId, "resources", arr(obj("id", productId, "type", productType))),
                "status", status);
        if (end != null) {
            description.put("endTime", Instant.parse(end).getEpochSecond());
        }
        if (value != null) {
            description.set("estimatedCharges", obj("currencyCode", "USD", "agreementValue", value));
        }
        state.putAgreement(description, toList(terms));
    }

    private static List<ObjectNode> toList(ArrayNode terms) {
        return StreamSupport.stream(terms.spliterator(), false)
                .map(ObjectNode.class::cast)
                .toList();
    }

    private static ObjectNode dimension(String key, String name, String type, String unit) {
        return obj("Key", key, "Name", name, "Description", name, "Types", arr(type), "Unit", unit);
    }

    private static ObjectNode contractPricing(ObjectNode selector, String... dimensionPrices) {
        ArrayNode rateCard = arr();
        for (int i = 0; i < dimensionPrices.length; i += 2) {
            rateCard.add(obj("DimensionKey", dimensionPrices[i], "Price", dimensionPrices[i + 1]));
        }
        return obj(
                "Type",
                "ConfigurableUpfrontPricingTerm",
                "CurrencyCode",
                "USD",
                "RateCards",
                arr(obj(
                        "Selector",
                        selector,
                        "Constraints",
                        obj("MultipleDimensionSelection", "Allowed", "QuantityConfiguration", "Allowed"),
                        "RateCard",
                        rateCard)));
    }

    private static ObjectNode usagePricing(String... dimensionPrices) {
        ArrayNode rateCard = arr();
        for (int i = 0; i < dimensionPrices.length; i += 2) {
            rateCard.add(obj("DimensionKey", dimensionPrices[i], "Price", dimensionPrices[i + 1]));
        }
        return obj("Type", "UsageBasedPricingTerm", "CurrencyCode", "USD", "RateCards", arr(obj("RateCard", rateCard)));
    }

    private static ObjectNode standardLegal() {
        return obj("Type", "LegalTerm", "Documents", arr(obj("Type", "StandardEula", "Version", "2022-07-14")));
    }

    private static ObjectNode customLegal(String url) {
        return obj("Type", "LegalTerm", "Documents", arr(obj("Type", "CustomEula", "Url", url)));
    }

    private static ObjectNode support(String refundPolicy) {
        return obj("Type", "SupportTerm", "RefundPolicy", refundPolicy);
    }

    private static ObjectNode charge(String date, String amount) {
        return obj("ChargeDate", date, "ChargeAmount", amount);
    }

    private static ObjectNode availability(String endDate) {
        return obj("Type", "AvailabilityRule", "AvailabilityEndDate", endDate);
    }

    private static ObjectNode targeting(String... buyerAccounts) {
        return obj("Type", "TargetingRule", "PositiveTargeting", obj("BuyerAccounts", arr((Object[]) buyerAccounts)));
    }

    private static ObjectNode rate(String dimensionKey, String price) {
        return obj("dimensionKey", dimensionKey, "price", price);
    }

    private static ObjectNode agreementCharge(String date, String amount) {
        return obj("chargeDate", Instant.parse(date).getEpochSecond(), "chargeAmount", amount);
    }

    private ObjectNode agreementUsage(String... dimensionPrices) {
        ArrayNode rateCard = arr();
        for (int i = 0; i < dimensionPrices.length; i += 2) {
            rateCard.add(rate(dimensionPrices[i], dimensionPrices[i + 1]));
        }
        return obj(
                "usageBasedPricingTerm",
                obj(
                        "type",
                        "UsageBasedPricingTerm",
                        "id",
                        termId(),
                        "currencyCode",
                        "USD",
                        "rateCards",
                        arr(obj("rateCard", rateCard))));
    }

    private ObjectNode validity(String duration, String start, String end) {
        ObjectNode term = obj("type", "ValidityTerm", "id", termId());
        if (duration != null) {
            term.put("agreementDuration", duration);
        }
        term.put("agreementStartDate", Instant.parse(start).getEpochSecond());
        term.put("agreementEndDate", Instant.parse(end).getEpochSecond());
        return obj("validityTerm", term);
    }

    private ObjectNode standardAgreementLegal() {
        return obj(
                "legalTerm",
                obj(
                        "type",
                        "LegalTerm",
                        "id",
                        termId(),
                        "documents",
                        arr(obj(
                                "type",
                                "StandardEula",
                                "url",
                                "https://aws-mp-standard-contracts.s3.amazonaws.com/"
                                        + "Standard-Contact-for-AWS-Marketplace-2022-07-14.pdf",
                                "version",
                                "2022-07-14"))));
    }

    private ObjectNode agreementSupport(String refundPolicy) {
        return obj("supportTerm", obj("type", "SupportTerm", "id", termId(), "refundPolicy", refundPolicy));
    }

    private ObjectNode renewal(boolean autoRenew) {
        return obj(
                "renewalTerm",
                obj("type", "RenewalTerm", "id", termId(), "configuration", obj("enableAutoRenew", autoRenew)));
    }

    private String termId() {
        return "term-" + alphanumeric(20);
    }

    /** A 12-digit AWS account id that does not start with 0. */
    private String accountId() {
        return (1 + random.nextInt(9)) + String.format("%011d", Math.floorMod(random.nextLong(), 100_000_000_000L));
    }

    private String alphanumeric(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return out.toString();
    }
}
