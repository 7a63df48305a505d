package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** One page cut from a full, ordered result, and the token of the next page if there is one. */
record Page<T>(List<T> items, Optional<String> nextToken) {

    /**
     * @param request the request, to check a token against
     * @param tokenMember the request's token member ({@code NextToken} or {@code nextToken})
     * @param pageSize the page size the request asked for, already validated
     */
    static <T> Page<T> of(
            List<T> all, JsonNode request, String tokenMember, List<String> pagingMembers, int pageSize, Api api) {
        String fingerprint = PageToken.fingerprint(request, pagingMembers);
        int offset = 0;
        JsonNode token = request.get(tokenMember);
        if (token != null && !token.isNull()) {
            offset = PageToken.decode(token.asText(), fingerprint);
            if (offset < 0 || offset > all.size()) {
                throw AwsApiException.validation(
                        api, "The provided pagination token is invalid.", "INVALID_NEXT_TOKEN");
            }
        }
        int end = Math.min(all.size(), offset + pageSize);
        Optional<String> next = end < all.size() ? Optional.of(PageToken.encode(end, fingerprint)) : Optional.empty();
        return new Page<>(all.subList(offset, end), next);
    }
}
