package io.marketsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDatesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-10-01T20:49:21Z",
                "2024-10-01T20:49:21.500Z",
                "2024-10-01T20:49:21.000123Z",
                "2024-10-01T20:49:21.000000007Z",
                "0001-01-01T00:00:00Z",
                "1970-01-01T00:00:00Z"
            })
    void readsAndWritesInstantsAsInstantDoes(String text) {
        Instant expected = Instant.parse(text);

        assertThat(IsoDates.instant(text)).isEqualTo(expected);
        assertThat(IsoDates.text(expected)).isEqualTo(expected.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-10-01T20:49:21+02:00", "2024-10-01 20:49:21Z", "2024-13-01T00:00:00Z", "x"})
    void leavesOtherFormsToTheFormatter(String text) {
        assertThat(IsoDates.instant(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "1999-12-31"})
    void readsDates(String text) {
        assertThat(IsoDates.date(text)).isEqualTo(LocalDate.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-1-01", "20240101", "2024/01/01"})
    void refusesWhatIsNotAPlainIsoDate(String text) {
        assertThat(IsoDates.date(text)).isNull();
    }
}
