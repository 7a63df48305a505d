package io.marketsync.sandbox.salesforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV as Bulk API 2.0 reads and writes it: quoted fields may hold delimiters, doubled quotes and line
 * breaks; rows end with the job's line ending; the delimiter is the job's {@code columnDelimiter}. (No CSV library
 * is on the classpath, so this small parser is the project's own.)
 */
final class Bulk2Csv {

    private static final Map<String, Character> DELIMITERS =
            Map.of("COMMA", ',', "TAB", '\t', "PIPE", '|', "SEMICOLON", ';', "CARET", '^', "BACKQUOTE", '`');

    /** A parsed upload: its header row and data rows. */
    record Table(List<String> header, List<List<String>> rows) {}

    private final char delimiter;
    private final String lineEnding;

    /**
     * @param columnDelimiter a Bulk API 2.0 delimiter name such as {@code COMMA}
     * @param lineEnding {@code LF} or {@code CRLF}
     */
    Bulk2Csv(String columnDelimiter, String lineEnding) {
        this.delimiter = DELIMITERS.get(columnDelimiter);
        this.lineEnding = lineEnding;
    }

    static boolean knownDelimiter(String columnDelimiter) {
        return DELIMITERS.containsKey(columnDelimiter);
    }

    static boolean knownLineEnding(String lineEnding) {
        return "LF".equals(lineEnding) || "CRLF".equals(lineEnding);
    }

    Table parse(String text) throws Bulk2CsvException {
        List<List<String>> rows = rows(text);
        if (rows.isEmpty()) {
            throw new Bulk2CsvException("InvalidBatch : The uploaded data has no header row");
        }
        List<String> header = rows.get(0);
        List<List<String>> data = rows.subList(1, rows.size());
        for (int i = 0; i < data.size(); i++) {
            if (data.get(i).size() != header.size()) {
                throw new Bulk2CsvException("InvalidBatch : Wrong number of columns in row " + (i + 1) + ": "
                        + data.get(i).size() + " instead of " + header.size());
            }
        }
        return new Table(header, List.copyOf(data));
    }

    private List<List<String>> rows(String text) throws Bulk2CsvException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    inQuotes = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == delimiter || c == '\n' || c == '\r') {
                row.add(field.toString());
                field.setLength(0);
                quoted = false;
                if (c != delimiter) {
                    i += rowEnd(text, i);
                    addRow(rows, row);
                    row = new ArrayList<>();
                    continue;
                }
            } else if (quoted) {
                throw new Bulk2CsvException(
                        "InvalidBatch : Unexpected character after a closing quote in row " + rows.size());
            } else if (c == '"' && field.isEmpty()) {
                inQuotes = true;
                quoted = true;
            } else if (c == '"') {
                throw new Bulk2CsvException("InvalidBatch : A quote inside an unquoted field in row " + rows.size());
            } else {
                field.append(c);
            }
            i++;
        }
        if (inQuotes) {
            throw new Bulk2CsvException("InvalidBatch : A quoted field is not closed at the end of the data");
        }
        if (quoted || !field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            addRow(rows, row);
        }
        return rows;
    }

    /** Length of the row terminator at {@code i}, which must be the job's line ending. */
    private int rowEnd(String text, int i) throws Bulk2CsvException {
        boolean crlf = text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
        boolean expected = "CRLF".equals(lineEnding) ? crlf : text.charAt(i) == '\n';
        if (!expected) {
            throw new Bulk2CsvException(
                    "ClientInputError : LineEnding is invalid on user data. Current LineEnding setting is "
                            + lineEnding);
        }
        return crlf ? 2 : 1;
    }

    private static void addRow(List<List<String>> rows, List<String> row) {
        boolean blankLine = row.size() == 1 && row.get(0).isEmpty();
        if (!blankLine) {
            rows.add(row);
        }
    }

    /** One CSV row; the first {@code alwaysQuoted} fields are quoted as Salesforce quotes its {@code sf__} columns. */
    String line(List<String> fields, int alwaysQuoted) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(delimiter);
            }
            line.append(field(fields.get(i), i < alwaysQuoted));
        }
        return line.append("CRLF".equals(lineEnding) ? "\r\n" : "\n").toString();
    }

    private String field(String value, boolean alwaysQuote) {
        boolean needsQuotes = value.indexOf(delimiter) >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return alwaysQuote || needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
