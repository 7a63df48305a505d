package io.marketsync.state;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the state store lives and how its secrets are keyed.
 *
 * @param url JDBC URL: an H2 file database by default, PostgreSQL in production
 * @param user database user (may be null when the URL carries it)
 * @param password database password (may be null)
 * @param secretKeyFile where the credential key is kept when {@code secretKey} is absent; created on first start
 * @param secretKey base64 256-bit AES key (from {@code MARKETSYNC_SECRET_KEY}); null to use the key file
 * @param retryPolicy backoff for failed records
 */
public record StateStoreConfig(
        String url, String user, String password, Path secretKeyFile, String secretKey, RetryPolicy retryPolicy) {

    public static final String ENV_DB_URL = "MARKETSYNC_DB_URL";
    public static final String ENV_DB_USER = "MARKETSYNC_DB_USER";
    public static final String ENV_DB_PASSWORD = "MARKETSYNC_DB_PASSWORD";
    public static final String ENV_SECRET_KEY = "MARKETSYNC_SECRET_KEY";

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password|pwd)=[^&;]*");
    private static final Pattern URL_USER_INFO = Pattern.compile("//([^/:@]+):[^/@]*@");

    public StateStoreConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secretKeyFile, "secretKeyFile");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
    }

    /** The embedded H2 file database {@code <dataDir>/marketsync} with the key file {@code <dataDir>/secret.key}. */
    public static StateStoreConfig defaults(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        // AUTO_SERVER lets a second process (the CLI beside a running app) open the same file;
        // the lock timeout covers short waits between concurrent writers of the same row.
        String url = "jdbc:h2:file:" + dir.resolve("marketsync") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
        return new StateStoreConfig(url, "sa", "", dir.resolve("secret.key"), null, RetryPolicy.DEFAULT);
    }

    /**
     * The defaults under {@code dataDir}, overridden by {@code MARKETSYNC_DB_URL}, {@code MARKETSYNC_DB_USER},
     * {@code MARKETSYNC_DB_PASSWORD} and {@code MARKETSYNC_SECRET_KEY} when set in {@code env}.
     */
    public static StateStoreConfig fromEnvironment(Map<String, String> env, Path dataDir) {
        StateStoreConfig defaults = defaults(dataDir);
        String url = env.get(ENV_DB_URL);
        boolean external = url != null && !url.isBlank();
        return new StateStoreConfig(
                external ? url : defaults.url(),
                external ? env.get(ENV_DB_USER) : defaults.user(),
                external ? env.get(ENV_DB_PASSWORD) : defaults.password(),
                defaults.secretKeyFile(),
                blankToNull(env.get(ENV_SECRET_KEY)),
                defaults.retryPolicy());
    }

    /** The URL with any password in it replaced by {@code ***}, fit for logs. */
    public String maskedUrl() {
        String masked = URL_PASSWORD.matcher(url).replaceAll("$1=***");
        return URL_USER_INFO.matcher(masked).replaceAll("//$1:***@");
    }

    @Override
    public String toString() {
        return "StateStoreConfig[url=" + maskedUrl() + ", user=" + user + ", password="
                + (password == null ? null : "***")
                + ", secretKeyFile=" + secretKeyFile + ", secretKey=" + (secretKey == null ? null : "***")
                + ", retryPolicy=" + retryPolicy + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
