package io.marketsync.sandbox.salesforce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The users who can log in to the simulated org, found by username (case-insensitive, as Salesforce). */
public final class OrgUsers {

    private final Map<String, OrgUser> byUsername;

    public OrgUsers(List<OrgUser> users) {
        this.byUsername =
                users.stream().collect(Collectors.toUnmodifiableMap(u -> key(u.username()), Function.identity()));
    }

    public Optional<OrgUser> byUsername(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(byUsername.get(key(username)));
    }

    public Optional<OrgUser> authenticate(String username, String password) {
        return byUsername(username)
                .filter(u -> password != null
                        && MessageDigest.isEqual(
                                u.password().getBytes(StandardCharsets.UTF_8),
                                password.getBytes(StandardCharsets.UTF_8)));
    }

    public Collection<OrgUser> all() {
        return byUsername.values();
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
