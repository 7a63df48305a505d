package io.marketsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class Bulk2CsvTest {

    private final Bulk2Csv lf = new Bulk2Csv("COMMA", "LF");

    @Test
    void quotedFieldsKeepDelimitersQuotesAndLineBreaks() throws Exception {
        Bulk2Csv.Table table = lf.parse(
                "Offer_Id__c,Name,Notes__c\noffer-1,\"Offer, \"\"one\"\"\",\"line 1\r\nline 2\"\noffer-2,,\"\"\n");

        assertThat(table.header()).containsExactly("Offer_Id__c", "Name", "Notes__c");
        assertThat(table.rows())
                .containsExactly(List.of("offer-1", "Offer, \"one\"", "line 1\r\nline 2"), List.of("offer-2", "", ""));
    }

    @Test
    void lastRowNeedsNoLineEndingAndBlankLinesAreSkipped() throws Exception {
        assertThat(lf.parse("A,B\n\n1,2").rows()).containsExactly(List.of("1", "2"));
    }

    @Test
    void otherDelimitersAndCrlfRows() throws Exception {
        Bulk2Csv pipes = new Bulk2Csv("PIPE", "CRLF");

        assertThat(pipes.parse("A|B\r\n\"x|y\"|z\r\n").rows()).containsExactly(List.of("x|y", "z"));
    }

    @Test
    void rowsEndingDifferentlyFromTheJobFailAsSalesforceSays() {
        assertThatThrownBy(() -> lf.parse("A,B\r\n1,2\r\n"))
                .isInstanceOf(Bulk2CsvException.class)
                .hasMessage("ClientInputError : LineEnding is invalid on user data. Current LineEnding setting is LF");
        assertThatThrownBy(() -> new Bulk2Csv("COMMA", "CRLF").parse("A,B\n1,2\n"))
                .hasMessageEndingWith("Current LineEnding setting is CRLF");
    }

    @Test
    void malformedDataIsRejected() {
        assertThatThrownBy(() -> lf.parse("A,B\n\"open,2\n")).isInstanceOf(Bulk2CsvException.class);
        assertThatThrownBy(() -> lf.parse("A,B\n\"x\"y,2\n")).isInstanceOf(Bulk2CsvException.class);
        assertThatThrownBy(() -> lf.parse("A,B\nx\"y,2\n")).isInstanceOf(Bulk2CsvException.class);
        assertThatThrownBy(() -> lf.parse("A,B\n1,2,3\n")).hasMessageContaining("Wrong number of columns in row 1");
    }

    @Test
    void writerQuotesOnlyWhatNeedsQuotingBesidesTheLeadingColumns() {
        String line = lf.line(List.of("a00000000000001AAA", "true", "offer-1", "Offer, two", "say \"hi\""), 2);

        assertThat(line).isEqualTo("\"a00000000000001AAA\",\"true\",offer-1,\"Offer, two\",\"say \"\"hi\"\"\"\n");
    }
}
