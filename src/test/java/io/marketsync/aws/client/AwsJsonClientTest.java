package io.marketsync.aws.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AwsJsonClientTest {

    private SimulatedAws aws;
    private AwsClients clients;

    @BeforeEach
    void start() throws Exception {
        aws = new SimulatedAws();
        clients = aws.clients();
    }

    @AfterEach
    void stop() {
        clients.close();
        aws.close();
    }

    @Test
    void signedRequestsAreAcceptedAndCounted() {
        EntityPage page = clients.catalog().listEntities("Offer", null, null, 10, null);

        assertThat(page.entities()).isNotEmpty();
        assertThat(clients.json().callCount()).isEqualTo(1);
        assertThat(aws.simulator().state().calls("ListEntities")).isEqualTo(1);
    }

    @Test
    void wronglySignedRequestIsRefusedWithoutShowingTheSecret() {
        Map<String, String> properties = aws.properties();
        String wrongSecret = "wrong-secret-" + properties.get("marketsync.aws.secret-access-key");
        properties.put("marketsync.aws.secret-access-key", wrongSecret);

        try (AwsClients wronglySigned = AwsClients.fromProperties(properties)) {
            assertThatThrownBy(() -> wronglySigned.agreement().describeAgreement("agmt-any"))
                    .isInstanceOfSatisfying(AwsApiException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(403);
                        assertThat(e.errorType()).isEqualTo("InvalidSignatureException");
                        assertThat(e.getMessage())
                                .doesNotContain(wrongSecret)
                                .doesNotContain(properties.get("marketsync.aws.access-key-id"));
                    });
        }
    }

    @Test
    void awsJsonErrorIsSurfacedWithTypeWithoutNamespaceAndMessage() {
        assertThatThrownBy(() -> clients.agreement().describeAgreement("agmt-does-not-exist"))
                .isInstanceOfSatisfying(AwsApiException.class, e -> {
                    assertThat(e.service()).isEqualTo("marketplace-agreement");
                    assertThat(e.operation()).isEqualTo("DescribeAgreement");
                    assertThat(e.errorType()).isEqualTo("ResourceNotFoundException");
                    assertThat(e.httpStatus()).isBetween(400, 499);
                    assertThat(e.getMessage()).contains("agmt-does-not-exist");
                });
    }

    @Test
    void restJsonErrorIsSurfacedWithType() {
        assertThatThrownBy(() -> clients.catalog().describeEntity("offer-does-not-exist"))
                .isInstanceOfSatisfying(AwsApiException.class, e -> {
                    assertThat(e.errorType()).isEqualTo("ResourceNotFoundException");
                    assertThat(e.httpStatus()).isEqualTo(404);
                });
    }

    @Test
    void serverErrorsAreRetriedUntilTheCallSucceeds() {
        aws.simulator().faults().failNext("ListEntities", 2, 500);

        EntityPage page = clients.catalog().listEntities("Offer", null, null, 10, null);

        assertThat(page.entities()).isNotEmpty();
        assertThat(aws.simulator().state().calls("ListEntities")).isEqualTo(3);
        assertThat(clients.json().callCount()).isEqualTo(3);
    }

    @Test
    void throttlingIsRetried() {
        aws.simulator().faults().failNext("SearchAgreements", 1, 400, "ThrottlingException");
        aws.simulator().faults().failNext("SearchAgreements", 1, 429);

        AgreementPage page = clients.agreement().searchAgreements(AgreementFilter.sellerPurchaseAgreements(), 50, null);

        assertThat(page.agreements()).isNotEmpty();
        assertThat(aws.simulator().state().calls("SearchAgreements")).isEqualTo(3);
    }

    @Test
    void retriesStopAfterTheConfiguredAttempts() {
        Map<String, String> properties = aws.properties();
        properties.put("marketsync.aws.retry.max-attempts", "3");
        aws.simulator().faults().failNext("ListEntities", 5, 500);

        try (AwsClients limited = AwsClients.fromProperties(properties)) {
            assertThatThrownBy(() -> limited.catalog().listEntities("Offer", null, null, 10, null))
                    .isInstanceOfSatisfying(AwsApiException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(500);
                        assertThat(e.errorType()).isEqualTo("InternalServiceException");
                    });
        }
        assertThat(aws.simulator().state().calls("ListEntities")).isEqualTo(3);
    }

    @Test
    void clientErrorsAreNotRetried() {
        aws.simulator().faults().failNext("ListEntities", 1, 422, "ValidationException");

        assertThatThrownBy(() -> clients.catalog().listEntities("Offer", null, null, 10, null))
                .isInstanceOfSatisfying(
                        AwsApiException.class, e -> assertThat(e.errorType()).isEqualTo("ValidationException"));
        assertThat(aws.simulator().state().calls("ListEntities")).isEqualTo(1);
    }

    @Test
    void errorTypeLosesNamespaceAndSuffix() {
        assertThat(AwsJsonClient.errorType("com.amazonaws.marketplace#ThrottlingException"))
                .isEqualTo("ThrottlingException");
        assertThat(AwsJsonClient.errorType("ValidationException:http://internal.amazon.com/coral/com.amazon/"))
                .isEqualTo("ValidationException");
        assertThat(AwsJsonClient.errorType(null)).isEqualTo("Unknown");
    }

    @Test
    void backoffIsJitteredBelowTheExponentialCeilingAndTheCap() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(1000));
        for (int i = 0; i < 200; i++) {
            assertThat(policy.delayBefore(1)).isBetween(Duration.ZERO, Duration.ofMillis(100));
            assertThat(policy.delayBefore(3)).isBetween(Duration.ZERO, Duration.ofMillis(400));
            assertThat(policy.delayBefore(9)).isBetween(Duration.ZERO, Duration.ofMillis(1000));
        }
    }
}
