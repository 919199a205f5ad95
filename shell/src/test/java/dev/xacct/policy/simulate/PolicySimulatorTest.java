package dev.xacct.policy.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.policy.Decision;
import dev.xacct.policy.InputFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicySimulatorTest {
    @TempDir
    Path dir;

    private static final String SCP_DENY = """
        {
          "schema": "xacct.policy-request/v1",
          "request": {
            "principal": "arn:aws:sts::222222222222:assumed-role/Reader/s",
            "action": "s3:GetObject",
            "resource": "arn:aws:s3:::ct-bucket/AWSLogs/x.json.gz",
            "resourceAccount": "111111111111",
            "context": { "aws:PrincipalOrgID": "o-bbbbbbbbbb", "aws:ResourceOrgID": "o-aaaaaaaaaa" }
          },
          "identityPolicies": [ {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]} ],
          "resourcePolicy": {"Version":"2012-10-17","Statement":[{"Sid":"B","Effect":"Allow","Principal":{"AWS":"222222222222"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::ct-bucket/*"}]},
          "serviceControlPolicies": [
            { "target": "r-root", "policies": [ {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]} ] },
            { "target": "ou-1", "policies": [
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]},
                {"Version":"2012-10-17","Statement":[{"Sid":"DenyOutsideOrg","Effect":"Deny","Action":"s3:*","Resource":"*","Condition":{"StringNotEquals":{"aws:ResourceOrgID":"o-bbbbbbbbbb"}}}]} ] }
          ]
        }
        """;

    @Test
    void simulatesAndWritesTheDecision() throws Exception {
        Path f = write("req.json", SCP_DENY);
        Decision d = PolicySimulator.simulate(f);
        JsonNode out = new ObjectMapper().readTree(PolicyDecisionWriter.toJson(d));
        assertThat(out.get("schema").asText()).isEqualTo("xacct.policy-decision/v1");
        assertThat(out.get("decision").asText()).isEqualTo("ExplicitlyDenied");
        assertThat(out.get("deniedBy").asText()).isEqualTo("scp");
        assertThat(out.get("matchedStatements").get(0).get("policy").asText()).isEqualTo("scp[1][1]");
        assertThat(out.get("matchedStatements").get(0).get("sid").asText()).isEqualTo("DenyOutsideOrg");
    }

    @Test
    void allowedAndImplicitDecisions() throws Exception {
        String allowed = SCP_DENY.replace("o-aaaaaaaaaa", "o-bbbbbbbbbb");
        JsonNode a = new ObjectMapper()
                .readTree(PolicyDecisionWriter.toJson(PolicySimulator.simulate(write("a.json", allowed))));
        assertThat(a.get("decision").asText()).isEqualTo("Allowed");
        assertThat(a.get("deniedBy").isNull()).isTrue();
        String noResourceGrant =
                allowed.replace("\"Principal\":{\"AWS\":\"222222222222\"}", "\"Principal\":{\"AWS\":\"333333333333\"}");
        JsonNode i = new ObjectMapper()
                .readTree(PolicyDecisionWriter.toJson(PolicySimulator.simulate(write("i.json", noResourceGrant))));
        assertThat(i.get("decision").asText()).isEqualTo("ImplicitlyDenied");
        assertThat(i.get("deniedBy").asText()).isEqualTo("resource-policy");
    }

    @Test
    void malformedInputNamesFileFieldAndExpectation() throws Exception {
        Path missing = write(
                "bad1.json",
                SCP_DENY.replace("\"principal\": \"arn:aws:sts::222222222222:assumed-role/Reader/s\",", ""));
        assertThatThrownBy(() -> PolicySimulator.simulate(missing))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("bad1.json")
                .hasMessageContaining("request.principal")
                .hasMessageContaining("expected a string");
        Path badPrincipal =
                write("bad2.json", SCP_DENY.replace("arn:aws:sts::222222222222:assumed-role/Reader/s", "bob"));
        assertThatThrownBy(() -> PolicySimulator.simulate(badPrincipal))
                .hasMessageContaining("request.principal")
                .hasMessageContaining("not a principal ARN");
        Path badEffect = write(
                "bad3.json",
                SCP_DENY.replace("\"Sid\":\"B\",\"Effect\":\"Allow\"", "\"Sid\":\"B\",\"Effect\":\"Permit\""));
        assertThatThrownBy(() -> PolicySimulator.simulate(badEffect))
                .hasMessageContaining("resourcePolicy.Statement[0].Effect")
                .hasMessageContaining("\"Allow\" or \"Deny\"");
        Path badJson = write("bad4.json", "{ \"schema\": ");
        assertThatThrownBy(() -> PolicySimulator.simulate(badJson))
                .hasMessageContaining("bad4.json")
                .hasMessageContaining("not valid JSON");
        Path badSchema = write("bad5.json", SCP_DENY.replace("xacct.policy-request/v1", "v2"));
        assertThatThrownBy(() -> PolicySimulator.simulate(badSchema))
                .hasMessageContaining("schema")
                .hasMessageContaining("xacct.policy-request/v1");
        Path badLevel = write(
                "bad6.json",
                SCP_DENY.replace(
                        "\"target\": \"ou-1\", \"policies\": [", "\"target\": \"ou-1\", \"policies\": 3, \"x\": ["));
        assertThatThrownBy(() -> PolicySimulator.simulate(badLevel))
                .hasMessageContaining("serviceControlPolicies[1].policies")
                .hasMessageContaining("an array");
    }

    private static final String CROSS = """
        {"schema": "xacct.policy-request/v1",
         "request": {"principal": "arn:aws:sts::222222222222:assumed-role/Reader/s", "action": "s3:GetObject",
                     "resource": "arn:aws:s3:::logs/a.gz", "resourceAccount": "RESOURCE_ACCOUNT"},
         "identityPolicies": [ {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]} ]
         RESOURCE_POLICY}
        """;

    private String decide(String account, String resourcePolicy) throws Exception {
        String text = CROSS.replace("RESOURCE_ACCOUNT", account)
                .replace("RESOURCE_POLICY", resourcePolicy == null ? "" : ", \"resourcePolicy\": " + resourcePolicy);
        Decision d = PolicySimulator.simulate(write("x.json", text));
        return d.word()
                + (d instanceof Decision.ImplicitlyDenied i ? " " + i.deniedBy().word() : "");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "across accounts, no resource policy | 111111111111 | | ImplicitlyDenied resource-policy",
                "across accounts, resource policy names another account | 111111111111 | {\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::333333333333:root\"},\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]} | ImplicitlyDenied resource-policy",
                "across accounts, resource policy allows the account | 111111111111 | {\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::222222222222:root\"},\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]} | Allowed",
                "same account, no resource policy | 222222222222 | | Allowed",
            })
    void acrossAccountsBothSidesMustAllow(String name, String account, String resourcePolicy, String want)
            throws Exception {
        assertThat(decide(account, resourcePolicy)).isEqualTo(want);
    }

    @Test
    void theTextSaysWhyACrossAccountRequestIsDeniedAndNamesStatementsByNumberAndSid() throws Exception {
        PolicyRequest cross = PolicyRequestReader.read(
                CROSS.replace("RESOURCE_ACCOUNT", "111111111111").replace("RESOURCE_POLICY", ""), "x.json");
        List<String> denied = PolicyDecisionText.lines(cross, PolicySimulator.simulate(cross));
        assertThat(denied.get(0)).isEqualTo("ImplicitlyDenied (denied by the resource-policy)");
        assertThat(denied.get(1))
                .contains("across accounts (caller 222222222222, resource 111111111111)")
                .contains("there is no resource policy");

        PolicyRequest same = PolicyRequestReader.read(
                CROSS.replace("RESOURCE_ACCOUNT", "222222222222").replace("RESOURCE_POLICY", ""), "x.json");
        assertThat(PolicyDecisionText.lines(same, PolicySimulator.simulate(same)))
                .containsExactly("Allowed", "  the Allows that match:", "    identity policy 1, statement 1");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "Principal in an identity policy | identityPolicies | {\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Mine\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"s3:*\",\"Resource\":\"*\"}]} | identityPolicies[1].Statement[0] | Sid Mine",
                "bare ARN Principal in a resource policy | resourcePolicy | {\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"arn:aws:iam::222222222222:root\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]} | resourcePolicy.Statement[0].Principal | bare string",
                "resource policy statement with no Principal | resourcePolicy | {\"Version\":\"2012-10-17\",\"Statement\":{\"Sid\":\"Open\",\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}} | resourcePolicy.Statement | Missing required field Principal",
            })
    void aPolicyAwsWouldNotStoreIsOneClearErrorNamingTheStatement(
            String name, String field, String policy, String path, String words) throws Exception {
        String text = CROSS.replace("RESOURCE_ACCOUNT", "111111111111")
                .replace("RESOURCE_POLICY", field.equals("resourcePolicy") ? ", \"resourcePolicy\": " + policy : "");
        if (field.equals("identityPolicies"))
            text = text.replace("\"Resource\":\"*\"}]} ]", "\"Resource\":\"*\"}]}, " + policy + " ]");
        Path f = write("bad.json", text);
        assertThatThrownBy(() -> PolicySimulator.simulate(f))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("bad.json: " + path)
                .hasMessageContaining(words)
                .hasMessageNotContaining("\n");
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
