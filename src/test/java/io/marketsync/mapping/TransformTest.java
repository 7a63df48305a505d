package io.marketsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransformTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            arnAccount  | arn:aws:license-manager::294406891311:license:l-0a1b   | 294406891311
            arnAccount  | arn:aws:aws-marketplace:us-east-1:111111111111:AWSMarketplace/Offer/offer-1 | 111111111111
            arnAccount  | offer-1234567890                                       | ''
            arnAccount  | arn:aws:s3                                             | ''
            lastSegment | arn:aws:aws-marketplace:us-east-1:111111111111:AWSMarketplace/Offer/offer-1 | offer-1
            lastSegment | arn:aws:license-manager::294406891311:license:l-0a1b   | l-0a1b
            lastSegment | offer-1234567890                                       | offer-1234567890
            lowercase   | SaaSProduct                                            | saasproduct
            uppercase   | Private                                                | PRIVATE
            trim        | '  Acme Corp  '                                        | Acme Corp
            """)
    void transformsText(String name, String input, String expected) {
        assertThat(Transform.named(name).apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Lowercase", "arn_account", "''"})
    void unknownNamesListTheKnownOnes(String name) {
        assertThatThrownBy(() -> Transform.named(name))
                .hasMessage("unknown transform '" + name
                        + "' (known: lowercase, uppercase, trim, lastSegment, arnAccount)");
    }
}
