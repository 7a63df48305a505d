package io.marketsync.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The AES-256 key credentials are encrypted with: from the configuration, else from the key file. */
final class SecretKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SecretKeys.class);
    private static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SecretKeys() {}

    static SecretKey load(StateStoreConfig config) {
        if (config.secretKey() != null) {
            return decode(config.secretKey(), StateStoreConfig.ENV_SECRET_KEY);
        }
        Path file = config.secretKeyFile();
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), "key file " + file);
        } catch (IOException e) {
            throw new StateStoreException("Could not read or create the secret key file " + file, e);
        }
    }

    private static SecretKey decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            // The message of the decoder's exception quotes the input, so it is not kept as the cause.
            throw new StateStoreException("The secret key in " + source + " is not valid base64");
        }
        if (key.length != KEY_BYTES) {
            throw new StateStoreException("The secret key in " + source + " must be " + KEY_BYTES
                    + " bytes (256 bits) encoded in base64, but it is " + key.length + " bytes");
        }
        return new SecretKeySpec(key, "AES");
    }

    /**
     * Writes a new random key readable by its owner only. It is written to a temporary file first and then
     * linked into place, so a second process starting at the same moment either sees the whole key or none.
     */
    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path tmp = Files.createTempFile(dir, ".secret", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            Files.createLink(file, tmp);
            LOG.warn(
                    "Created the secret key file {} (owner read/write only). Back it up: credentials stored in the"
                            + " state store cannot be decrypted without it.",
                    file);
        } catch (FileAlreadyExistsException e) {
            LOG.debug("Secret key file {} was created concurrently; using it", file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
