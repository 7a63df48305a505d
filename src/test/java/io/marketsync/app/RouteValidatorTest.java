package io.marketsync.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteValidatorTest {

    @TempDir
    Path dir;

    Path routes;
    Path mappings;

    @BeforeEach
    void layout() throws Exception {
        routes = Files.createDirectories(dir.resolve("routes"));
        mappings = Files.createDirectories(dir.resolve("mappings/aws"));
        Files.writeString(mappings.resolve("offer.yaml"), "source: aws.offer\n");
    }

    private List<String> validate(String yaml) throws Exception {
        Files.writeString(routes.resolve("r.camel.yaml"), yaml);
        return RouteValidator.validate(routes, dir.resolve("mappings"), Map.of("aws.offers.cron", "0 0 * * * ?"))
                .stream()
                .map(p -> p.line() + ":" + p.column() + ": " + p.message())
                .toList();
    }

    @Test
    void aValidRouteHasNoProblems() throws Exception {
        assertThat(
                        validate(
                                """
                - route:
                    id: aws-offers
                    from:
                      uri: aws-marketplace:offers
                      parameters: { scheduler: quartz, scheduler.cron: "{{aws.offers.cron}}" }
                    steps:
                      - to: mapping:aws/offer.yaml
                      - to: direct:salesforce-upsert
                """))
                .isEmpty();
    }

    @Test
    void namesLineAndColumnOfEachMistake() throws Exception {
        assertThat(
                        validate(
                                """
                - route:
                    from:
                      uri: aws-marketplace:offers
                      parameters: { scheduler.cron: "{{aws.offerz.cron}}" }
                    steps:
                      - to: mapping:aws/offers.yaml
                - rout:
                    id: x
                """))
                .containsExactly(
                        "1:3: route needs an 'id' (stable ids name runs, watermarks and JMX beans)",
                        "4:37: property placeholder '{{aws.offerz.cron}}' is not defined by any setting",
                        "6:13: mapping file 'aws/offers.yaml' not found in " + dir.resolve("mappings"),
                        "7:3: unknown entry 'rout', expected one of [route, routeTemplate, templatedRoute, beans,"
                                + " routeConfiguration, rest, errorHandler]");
    }

    @Test
    void duplicateIdsAndBrokenYamlAreReported() throws Exception {
        assertThat(
                        validate(
                                """
                - route:
                    id: a
                    from: { uri: "timer:x" }
                - route:
                    id: a
                    from: { uri: "timer:y" }
                """))
                .containsExactly("5:9: route id 'a' is already used in " + routes.resolve("r.camel.yaml"));
        assertThat(validate("- route:\n    id: [unclosed\n"))
                .singleElement()
                .asString()
                .startsWith("3:1: invalid YAML");
    }

    @Test
    void templateParametersAreNotSettings() throws Exception {
        assertThat(
                        validate(
                                """
                - routeTemplate:
                    id: stream
                    parameters:
                      - name: channel
                    from:
                      uri: "salesforce:subscribe:{{channel}}"
                      steps:
                        - to: "{{?target}}"
                """))
                .isEmpty();
    }
}
