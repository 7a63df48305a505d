package io.marketsync.sandbox.salesforce;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * An RSA key pair and a self-signed X.509 certificate for it, DER-encoded by hand (the JDK can
 * read certificates but has no public API to make one), like the one uploaded to a Salesforce app
 * for the JWT bearer flow.
 */
final class SelfSignedCertificate {

    private static final byte[] SHA256_WITH_RSA = {
        0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x0b
    };
    private static final byte[] COMMON_NAME = {0x06, 0x03, 0x55, 0x04, 0x03};

    final KeyPair keys;
    final X509Certificate certificate;

    SelfSignedCertificate(String commonName) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        this.keys = generator.generateKeyPair();
        byte[] algorithm = der(0x30, SHA256_WITH_RSA, new byte[] {0x05, 0x00});
        byte[] name =
                der(0x30, der(0x31, der(0x30, COMMON_NAME, der(0x0c, commonName.getBytes(StandardCharsets.UTF_8)))));
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        byte[] validity = der(0x30, utcTime(now.minusDays(1)), utcTime(now.plusYears(1)));
        byte[] tbs = der(
                0x30,
                der(0xa0, der(0x02, new byte[] {2})),
                der(0x02, BigInteger.valueOf(now.toEpochSecond()).toByteArray()),
                algorithm,
                name,
                validity,
                name,
                keys.getPublic().getEncoded());
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(keys.getPrivate());
        signer.update(tbs);
        byte[] signature = signer.sign();
        byte[] bitString = new byte[signature.length + 1];
        System.arraycopy(signature, 0, bitString, 1, signature.length);
        byte[] encoded = der(0x30, tbs, algorithm, der(0x03, bitString));
        this.certificate = (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(encoded));
    }

    private static byte[] utcTime(ZonedDateTime time) {
        return der(
                0x17,
                DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").format(time).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] der(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.size();
        if (length < 0x80) {
            out.write(length);
        } else {
            byte[] lengthBytes = BigInteger.valueOf(length).toByteArray();
            int skip = lengthBytes[0] == 0 ? 1 : 0;
            out.write(0x80 | (lengthBytes.length - skip));
            out.write(lengthBytes, skip, lengthBytes.length - skip);
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }
}
