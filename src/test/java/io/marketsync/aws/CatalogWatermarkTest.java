package io.marketsync.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogWatermarkTest {

    private static final Instant T1 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2025-02-01T00:00:00Z");

    @Test
    void aPlainInstantAppliesToEveryType() {
        CatalogWatermark mark = CatalogWatermark.parse(T1.toString());

        assertThat(mark.after("SaaSProduct")).isEqualTo(T1);
        assertThat(mark.after("AmiProduct")).isEqualTo(T1);
        assertThat(mark.format(List.of("Offer"))).isEqualTo(T1.toString());
    }

    @Test
    void severalTypesAreWrittenPerType() {
        List<String> types = List.of("SaaSProduct", "AmiProduct", "DataProduct");
        String written = CatalogWatermark.parse(null)
                .advance("AmiProduct", T2)
                .advance("SaaSProduct", T1)
                .format(types);

        assertThat(written).isEqualTo("SaaSProduct=" + T1 + ",AmiProduct=" + T2);
        CatalogWatermark read = CatalogWatermark.parse(written);
        assertThat(read.after("AmiProduct")).isEqualTo(T2);
        assertThat(read.after("DataProduct")).isNull();
    }

    @Test
    void neverMovesBack() {
        assertThat(CatalogWatermark.parse(T2.toString()).advance("Offer", T1).after("Offer"))
                .isEqualTo(T2);
    }
}
