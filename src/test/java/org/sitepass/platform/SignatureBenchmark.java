package org.sitepass.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/**
 * Times one Ed25519 verification with the JDK's provider against {@link SignatureKeys#verify} (Bouncy Castle) and
 * prints the figures; never an assertion. Run after {@code mvn -o test-compile}:
 * {@code java -cp target/classes:target/test-classes:<bcprov-jdk18on jar> org.sitepass.platform.SignatureBenchmark}.
 */
public final class SignatureBenchmark {

    private static final int CHECKS = 20_000;
    private static final int ROUNDS = 5;

    private SignatureBenchmark() {
    }

    public static void main(String[] arguments) throws GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance(SignatureKeys.ALGORITHM).generateKeyPair();
        Base64.Encoder base64 = Base64.getEncoder();
        SignatureKeys keys = SignatureKeys.parse("signing", "k1:" + base64.encodeToString(pair.getPrivate()
                .getEncoded()), "verify", "k1:" + base64.encodeToString(pair.getPublic().getEncoded()));
        byte[] data = "SPA1|2026-12-04T08:00:00Z|42|ab|1".getBytes(StandardCharsets.UTF_8);
        byte[] signature = keys.sign(data);
        for (int round = 1; round <= ROUNDS; round++) {
            int genuine = 0;
            long start = System.nanoTime();
            for (int i = 0; i < CHECKS; i++) {
                Signature jdk = Signature.getInstance(SignatureKeys.ALGORITHM);
                jdk.initVerify(pair.getPublic());
                jdk.update(data);
                genuine += jdk.verify(signature) ? 1 : 0;
            }
            long jdkDone = System.nanoTime();
            for (int i = 0; i < CHECKS; i++) {
                genuine += keys.verify("k1", data, signature) == SignatureKeys.Verdict.GENUINE ? 1 : 0;
            }
            long bcDone = System.nanoTime();
            System.out.printf("round %d: JDK %.1f us, Bouncy Castle %.1f us per verification; %d of %d genuine%n",
                    round, (jdkDone - start) / 1_000.0 / CHECKS, (bcDone - jdkDone) / 1_000.0 / CHECKS, genuine,
                    2 * CHECKS);
        }
    }
}
