package dev.xacct.query.local.demo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.aws.Arns;

/**
 * Who makes a synthetic call, with where from: everything a record's {@code userIdentity},
 * {@code sourceIPAddress} and {@code userAgent} need.
 */
record Principal(
        String type,
        String account,
        String name,
        String accessKeyId,
        String sourceIp,
        String userAgent,
        boolean mfa,
        String sessionName) {

    static final String CONSOLE_AGENT = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.4 Safari/605.1.15";
    static final String CLI_AGENT = "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.0 exe/x86_64.debian.12";
    static final String SDK_AGENT = "aws-sdk-java/2.25.11 Linux/5.10 OpenJDK_64-Bit_Server_VM/17.0.10";

    static Principal user(String account, String name, String key, String ip, String agent, boolean mfa) {
        return new Principal("IAMUser", account, name, key, ip, agent, mfa, null);
    }

    static Principal role(
            String account, String role, String session, String key, String ip, String agent, boolean mfa) {
        return new Principal("AssumedRole", account, role, key, ip, agent, mfa, session);
    }

    static Principal root(String account, String ip) {
        return new Principal("Root", account, null, null, ip, CONSOLE_AGENT, true, null);
    }

    static Principal service(String host) {
        return new Principal("AWSService", null, host, null, host, host, false, null);
    }

    String arn() {
        return switch (type) {
            case "IAMUser" -> "arn:aws:iam::" + account + ":user/" + name;
            case "AssumedRole" -> Arns.assumedRole("aws", account, name, sessionName);
            case "Root" -> Arns.root("aws", account);
            default -> null;
        };
    }

    String roleArn() {
        return Arns.role("aws", account, "/", name);
    }

    /** The same principal seen from another address (an attacker using a stolen key, say). */
    Principal from(String ip, String agent) {
        return new Principal(type, account, name, accessKeyId, ip, agent, mfa, sessionName);
    }

    ObjectNode identity(JsonNodeFactory json, String creationDate) {
        ObjectNode id = json.objectNode();
        id.put("type", type);
        switch (type) {
            case "AWSService" -> id.put("invokedBy", name);
            case "Root" -> {
                id.put("principalId", account);
                id.put("arn", arn());
                id.put("accountId", account);
                if (accessKeyId != null) {
                    id.put("accessKeyId", accessKeyId);
                }
            }
            default -> {
                String stable =
                        "AID" + Integer.toHexString((account + name).hashCode()).toUpperCase() + "EXAMPLE";
                id.put(
                        "principalId",
                        "IAMUser".equals(type) ? stable : "AROA" + stable.substring(3) + ":" + sessionName);
                id.put("arn", arn());
                id.put("accountId", account);
                if (accessKeyId != null) {
                    id.put("accessKeyId", accessKeyId);
                }
                if ("IAMUser".equals(type)) {
                    id.put("userName", name);
                }
                ObjectNode context = id.putObject("sessionContext");
                if ("AssumedRole".equals(type)) {
                    ObjectNode issuer = context.putObject("sessionIssuer");
                    issuer.put("type", "Role");
                    issuer.put("principalId", "AROA" + stable.substring(3));
                    issuer.put("arn", roleArn());
                    issuer.put("accountId", account);
                    issuer.put("userName", name);
                }
                ObjectNode attributes = context.putObject("attributes");
                attributes.put("creationDate", creationDate);
                attributes.put("mfaAuthenticated", Boolean.toString(mfa));
            }
        }
        return id;
    }
}
