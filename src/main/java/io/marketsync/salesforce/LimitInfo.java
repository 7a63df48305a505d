package io.marketsync.salesforce;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The API usage Salesforce reports in {@code Sforce-Limit-Info: api-usage=10018/100000}. */
record LimitInfo(long used, long max) {

    private static final Pattern API_USAGE = Pattern.compile("api-usage=(\\d+)/(\\d+)");

    static Optional<LimitInfo> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = API_USAGE.matcher(header);
        if (!m.find()) {
            return Optional.empty();
        }
        long max = Long.parseLong(m.group(2));
        return max <= 0 ? Optional.empty() : Optional.of(new LimitInfo(Long.parseLong(m.group(1)), max));
    }

    double share() {
        return (double) used / max;
    }
}
