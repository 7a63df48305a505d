package io.marketsync.salesforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CSV dialect of Bulk API 2.0: comma separated, LF line endings, RFC 4180 quoting. */
final class Csv {

    private Csv() {}

    static String write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        appendRow(out, header);
        rows.forEach(row -> appendRow(out, row));
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(values.get(i)));
        }
        out.append('\n');
    }

    private static String quote(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Rows of a CSV document with a header line, as maps from column name to value. */
    static List<Map<String, String>> read(String csv) {
        List<List<String>> lines = parse(csv);
        List<Map<String, String>> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            return rows;
        }
        List<String> header = lines.get(0);
        for (List<String> line : lines.subList(1, lines.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < line.size() ? line.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> parse(String csv) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                line.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    line.add(field.toString());
                    lines.add(line);
                }
                line = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            line.add(field.toString());
            lines.add(line);
        }
        return lines;
    }
}
