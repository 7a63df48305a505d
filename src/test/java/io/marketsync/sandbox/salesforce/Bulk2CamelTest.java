package io.marketsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketsync.sandbox.LoopbackHttpServer;
import io.marketsync.sandbox.SimHttp;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.salesforce.AuthenticationType;
import org.apache.camel.component.salesforce.SalesforceComponent;
import org.apache.camel.component.salesforce.SalesforceEndpointConfig;
import org.apache.camel.component.salesforce.api.dto.bulkv2.ContentTypeEnum;
import org.apache.camel.component.salesforce.api.dto.bulkv2.Job;
import org.apache.camel.component.salesforce.api.dto.bulkv2.JobStateEnum;
import org.apache.camel.component.salesforce.api.dto.bulkv2.LineEndingEnum;
import org.apache.camel.component.salesforce.api.dto.bulkv2.OperationEnum;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** camel-salesforce's bulk2* operations against {@link Bulk2Api}: its DTOs must read every reply. */
class Bulk2CamelTest {

    private static final String USER = "005000000000009AAA";

    private final Bulk2TestOrg org = new Bulk2TestOrg();
    private Bulk2Api bulk;
    private LoopbackHttpServer server;
    private CamelContext camel;
    private ProducerTemplate producer;

    @BeforeEach
    void start() throws Exception {
        bulk = new Bulk2Api(org);
        server = new LoopbackHttpServer("bulk2-camel-test", 0)
                .handle("/services/oauth2/token", exchange -> {
                    String base = server.baseUri().toString();
                    SimHttp.sendJson(
                            exchange,
                            200,
                            Map.of(
                                    "access_token",
                                    "bulk-token",
                                    "instance_url",
                                    base,
                                    "id",
                                    base + "/id/00D000000000001AAA/" + USER));
                })
                .handle("/services/oauth2/revoke", exchange -> SimHttp.sendText(exchange, 200, "text/plain", ""))
                .handle("/services/data/", exchange -> {
                    // What the simulator's router does once the bearer token checks out.
                    if ("Bearer bulk-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                        exchange.setAttribute(Bulk2Api.USER_ID_ATTRIBUTE, USER);
                    }
                    bulk.handle(exchange);
                })
                .start();
        camel = new DefaultCamelContext();
        SalesforceComponent salesforce = new SalesforceComponent();
        salesforce.setLoginUrl(server.baseUri().toString());
        salesforce.setClientId("marketsync-test");
        salesforce.setClientSecret("test-secret");
        salesforce.setAuthenticationType(AuthenticationType.CLIENT_CREDENTIALS);
        SalesforceEndpointConfig config = new SalesforceEndpointConfig();
        config.setApiVersion("60.0");
        salesforce.setConfig(config);
        camel.addComponent("salesforce", salesforce);
        camel.start();
        producer = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
        server.close();
        bulk.close();
    }

    @Test
    void upsertJobThroughCamelSalesforce() throws Exception {
        Job request = new Job();
        request.setObject("Offer__c");
        request.setOperation(OperationEnum.UPSERT);
        request.setExternalIdFieldName("Offer_Id__c");
        request.setContentType(ContentTypeEnum.CSV);
        request.setLineEnding(LineEndingEnum.LF);

        Job created = producer.requestBody("salesforce:bulk2CreateJob", request, Job.class);
        assertThat(created.getState()).isEqualTo(JobStateEnum.OPEN);
        assertThat(created.getCreatedById()).isEqualTo(USER);
        assertThat(created.getCreatedDate()).isNotNull();

        String jobId = created.getId();
        producer.requestBodyAndHeader(
                "salesforce:bulk2CreateBatch",
                "Offer_Id__c,Name\noffer-1,Offer 1\noffer-2,\"Offer, two\"\noffer-3,\n",
                "jobId",
                jobId);
        Job closed = producer.requestBodyAndHeader("salesforce:bulk2CloseJob", null, "jobId", jobId, Job.class);
        assertThat(closed.getState()).isEqualTo(JobStateEnum.UPLOAD_COMPLETE);

        Job done = awaitFinalState(jobId);
        assertThat(done.getState()).isEqualTo(JobStateEnum.JOB_COMPLETE);
        assertThat(done.getNumberRecordsProcessed()).isEqualTo(3);
        assertThat(done.getNumberRecordsFailed()).isEqualTo(1);

        assertThat(results("salesforce:bulk2GetSuccessfulResults", jobId))
                .startsWith("\"sf__Id\",\"sf__Created\",Offer_Id__c,Name\n")
                .contains(",\"true\",offer-2,\"Offer, two\"\n");
        assertThat(results("salesforce:bulk2GetFailedResults", jobId))
                .endsWith("\"\",\"REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --\",offer-3,\n");
        assertThat(org.findBy("Offer__c", "Offer_Id__c", "offer-2").orElseThrow())
                .containsEntry("Name", "Offer, two");
    }

    private Job awaitFinalState(String jobId) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(giveUp)) {
            Job job = producer.requestBodyAndHeader("salesforce:bulk2GetJob", null, "jobId", jobId, Job.class);
            if (job.getState() == JobStateEnum.JOB_COMPLETE || job.getState() == JobStateEnum.FAILED) {
                return job;
            }
        }
        throw new AssertionError("job " + jobId + " did not finish within 30 seconds");
    }

    private String results(String uri, String jobId) throws Exception {
        try (InputStream csv = producer.requestBodyAndHeader(uri, null, "jobId", jobId, InputStream.class)) {
            return new String(csv.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
