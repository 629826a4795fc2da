package org.sitepass.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.Caller;

class AuditCheckpointTest {

    @Test
    void theStatementNamesTheHeadAndTheKeyedStartAndVerifiesOutsideSitePass() throws Exception {
        AuditChainHead head = AuditChainHead.genesis();
        head.append(AuditFacts.of(new Caller("auditor1", Set.of("AUDITOR"), null), "-",
                AuditRecord.success("AUDIT_TRAIL_READ", "audit_trail", "platform_audit_entry")),
                Instant.now(), AuditEntryTest.KEY);
        AuditCheckpoint checkpoint = new AuditCheckpoint(Instant.parse("2026-12-04T08:00:00.1234567Z"), head, 1);
        assertEquals("SPA1|2026-12-04T08:00:00.123456Z|1|" + head.getLastHash() + "|1", checkpoint.statement());

        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(checkpoint.signedBytes());
        checkpoint.sign("k1", Base64.getEncoder().encodeToString(signer.sign()));

        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pair.getPublic());
        verifier.update(checkpoint.statement().getBytes(StandardCharsets.UTF_8));
        assertTrue(verifier.verify(Base64.getDecoder().decode(checkpoint.getSignature())));
        assertEquals("k1", checkpoint.getKeyId());
    }
}
