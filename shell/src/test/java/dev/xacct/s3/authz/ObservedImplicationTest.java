package dev.xacct.s3.authz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.s3.evidence.EvidenceReader;
import dev.xacct.testing.SharedFolder;
import org.junit.jupiter.api.Test;

/**
 * The live case the tester had against moto: caller, bucket and KMS key in one account, the key
 * policy unreadable, the request itself returned 200.
 */
class ObservedImplicationTest {

    private static ObjectNode sameAccountUnreadableKeyPolicy(int observed) throws Exception {
        ObjectNode scenario = (ObjectNode) new ObjectMapper()
                .readTree(SharedFolder.scenarios()
                        .resolve("S42-uploadpart-sse-kms-without-decrypt.json")
                        .toFile());
        ObjectNode ev = (ObjectNode) scenario.get("evidence");
        ObjectNode caller = (ObjectNode) ev.get("caller");
        caller.put("arn", "arn:aws:sts::111111111111:assumed-role/BackupWriter/job");
        caller.put("account", "111111111111");
        ArrayNode statements = (ArrayNode) caller.get("identityPolicies").get(0).get("Statement");
        statements.addObject().put("Effect", "Allow").put("Action", "kms:*").put("Resource", "*");
        ((ObjectNode) ev.get("kms")).put("keyPolicy", "unknown");
        ObjectNode seen = ev.putObject("observed");
        seen.put("httpStatus", observed);
        if (observed != 200) seen.put("errorCode", "AccessDenied");
        return ev;
    }

    private static Diagnosis diagnose(int observed) throws Exception {
        ObjectNode evidence = sameAccountUnreadableKeyPolicy(observed);
        return new AuthorizationEngine().diagnose(EvidenceReader.read(evidence, "moto"), evidence);
    }

    @Test
    void aSuccessBesideAnUndeterminedVerdictSaysTheUnknownFactsAllowItWithoutClaimingAllowed() throws Exception {
        Diagnosis d = diagnose(200);
        assertThat(d.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(d.summary())
                .contains("The live request succeeded (200)")
                .contains("kms.keyPolicy")
                .contains("allow it")
                .contains("stays UNDETERMINED");
        assertThat(d.contradiction()).isNull();
    }

    @Test
    void aKeyInTheCallersOwnAccountIsNotSentBackToThatAccount() throws Exception {
        Diagnosis d = diagnose(200);
        assertThat(d.summary())
                .doesNotContain("read them from the account that holds the KMS key")
                .contains("that the key policy allows kms:GetKeyPolicy (this session could not read it)");
        UnknownFact policy = d.unknowns().stream()
                .filter(u -> u.fact().equals("kms.keyPolicy"))
                .findFirst()
                .orElseThrow();
        assertThat(policy.resolveBy())
                .contains("the caller's own; this session could not read it")
                .contains("aws kms get-key-policy --key-id arn:aws:kms:ap-southeast-2:111111111111:key/");
    }

    @Test
    void aRefusalBesideAnUndeterminedVerdictPointsAtTheUnknownFacts() throws Exception {
        Diagnosis d = diagnose(403);
        assertThat(d.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(d.summary()).contains("The live request was refused (403 AccessDenied): one of the facts");
    }
}
