package io.marketsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingRegistryTest {

    private static final String OFFER =
            """
            source: aws.offer
            target: { object: Marketplace_Offer__c, externalId: Offer_Id__c }
            fields:
              Offer_Id__c: DetailsDocument.Id
              State__c: DetailsDocument.State
            """;

    @TempDir
    Path dir;

    private Path file;
    private MappingRegistry registry;

    @BeforeEach
    void writeMapping() throws IOException {
        file = dir.resolve("aws/offer.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, OFFER);
        registry = new MappingRegistry(dir, Fixtures.CLOCK);
    }

    /** Saves new content with a later modification time, as an editor saving a second later would. */
    private void edit(String content) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
    }

    private Object state() {
        return registry.get("aws/offer.yaml")
                .apply(Fixtures.input("describe-offer.json"))
                .records()
                .get(0)
                .record()
                .get("State__c");
    }

    @Test
    void compiledOnceAndServedFromCacheWhileTheFileIsUnchanged() {
        Mapping first = registry.get("aws/offer.yaml");

        assertThat(registry.get("aws/offer.yaml")).isSameAs(first);
        assertThat(first.name()).isEqualTo("aws/offer.yaml");
        assertThat(registry.getMappings()).containsExactly("aws/offer.yaml");
    }

    @Test
    void aValidEditIsAppliedAtNextUse() throws IOException {
        assertThat(state()).isEqualTo("Released");

        edit(OFFER.replace(
                "State__c: DetailsDocument.State", "State__c: { from: DetailsDocument.State, transform: uppercase }"));

        assertThat(state()).isEqualTo("RELEASED");
    }

    @Test
    void anInvalidEditIsRefusedAndThePreviousVersionKeepsServing() throws IOException {
        Mapping before = registry.get("aws/offer.yaml");

        edit(OFFER.replace(
                "State__c: DetailsDocument.State", "State__c: { from: DetailsDocument.State, transform: shout }"));

        assertThat(registry.get("aws/offer.yaml")).isSameAs(before);
        assertThat(state()).isEqualTo("Released");
        assertThat(registry.reload("aws/offer.yaml"))
                .isEqualTo(dir.resolve("aws/offer.yaml")
                        + ":5:55: fields.State__c.transform: unknown transform 'shout' (known: lowercase, uppercase,"
                        + " trim, lastSegment, arnAccount)");
        assertThat(registry.get("aws/offer.yaml")).isSameAs(before);

        edit(OFFER.replace(
                "Offer_Id__c: DetailsDocument.Id", "Offer_Id__c: DetailsDocument.Id\n  Cloud__c: { const: AWS }"));

        assertThat(registry.get("aws/offer.yaml").fields())
                .extracting(MappingField::name)
                .contains("Cloud__c");
    }

    @Test
    void reloadRecompilesEvenWhenTheModificationTimeDidNotMove() throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        registry.get("aws/offer.yaml");
        Files.writeString(file, OFFER.replace("DetailsDocument.State", "EntityType"));
        Files.setLastModifiedTime(file, before);

        assertThat(registry.reloadAll()).isEqualTo("reloaded aws/offer.yaml");
        assertThat(state()).isEqualTo("Offer@1.0");
    }

    @Test
    void aMappingThatNeverCompiledFailsLoudly() throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "source: aws.offer\nfields: {}\n");

        assertThatThrownBy(() -> registry.get("broken.yaml"))
                .isInstanceOf(MappingInvalidException.class)
                .hasMessageContaining("broken.yaml:1:1: missing required key 'target'");
    }

    @Test
    void namesCannotLeaveTheMappingsDirectory() {
        assertThatThrownBy(() -> registry.get("../secrets.yaml")).isInstanceOf(IllegalArgumentException.class);
    }
}
