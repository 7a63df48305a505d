package io.marketsync.state;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM with a fresh 12-byte IV per value and a 128-bit tag. The credential's name is authenticated
 * with it, so a ciphertext moved to another name does not decrypt.
 */
final class CredentialCipher {

    record Sealed(byte[] iv, byte[] ciphertext) {}

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    CredentialCipher(SecretKey key) {
        this.key = key;
    }

    Sealed encrypt(String name, String secret) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, name, iv);
            return new Sealed(iv, cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new StateStoreException("Could not encrypt credential '" + name + "'", e);
        }
    }

    String decrypt(String name, Sealed sealed) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, name, sealed.iv());
            return new String(cipher.doFinal(sealed.ciphertext()), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SecretKeyMismatchException(
                    "Credential '" + name + "' cannot be decrypted: the secret key (" + StateStoreConfig.ENV_SECRET_KEY
                            + " or the key file) is not the one it was stored with. Restore that key, or connect again"
                            + " to store the credential anew.",
                    e);
        } catch (GeneralSecurityException e) {
            throw new StateStoreException("Could not decrypt credential '" + name + "'", e);
        }
    }

    private Cipher cipher(int mode, String name, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
