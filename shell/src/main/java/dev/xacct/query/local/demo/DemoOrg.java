package dev.xacct.query.local.demo;

import java.util.List;

/** The synthetic organization: its accounts, regions and people. */
final class DemoOrg {

    static final String ORG = "o-demo12345";
    static final String MANAGEMENT = "111111111111";
    static final String PROD = "222222222222";
    static final String DEV = "333333333333";
    static final String LOG_ARCHIVE = "444444444444";
    static final List<String> ACCOUNTS = List.of(MANAGEMENT, PROD, DEV, LOG_ARCHIVE);
    /** Where the organization works; background traffic is spread over these. */
    static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "us-west-2");
    /** Where nobody should be: only the intruder's instances appear here. */
    static final String UNEXPECTED_REGION = "ap-southeast-2";

    static final String OFFICE_IP = "192.0.2.10";
    static final String VPN_IP = "192.0.2.44";
    static final String ATTACKER_IP = "203.0.113.66";
    static final String BRUTE_FORCE_IP = "198.51.100.23";
    static final String LEAKED_KEY = "AKIAEXAMPLELEAKED001";
    static final String BACKDOOR_KEY = "AKIAEXAMPLEBACKDR002";

    static final Principal BOB =
            Principal.user(MANAGEMENT, "bob", "ASIAEXAMPLEBOB000001", OFFICE_IP, Principal.CONSOLE_AGENT, true);
    static final Principal CAROL =
            Principal.user(PROD, "carol", "ASIAEXAMPLECAROL0001", VPN_IP, Principal.CONSOLE_AGENT, false);
    static final Principal CI =
            Principal.user(DEV, "ci-deployer", LEAKED_KEY, "192.0.2.200", Principal.CLI_AGENT, false);
    static final Principal INTRUDER = CI.from(ATTACKER_IP, "python-requests/2.31.0 Boto3/1.34.0");

    private DemoOrg() {}

    static Principal alice(String account) {
        return Principal.role(
                account,
                "AWSReservedSSO_AdministratorAccess_5c1ab2d3e4f5a6b7",
                "alice@example.com",
                "ASIADEMOALICE" + account.substring(0, 7),
                OFFICE_IP,
                Principal.CONSOLE_AGENT,
                false);
    }

    static Principal appServer(String account) {
        return Principal.role(
                account,
                "app-server",
                "i-0abc" + account.substring(0, 6) + "def",
                "ASIADEMOAPP" + account.substring(0, 9),
                "10.0.12.34",
                Principal.SDK_AGENT,
                false);
    }

    static Principal deployer(String account) {
        return Principal.role(
                account,
                "deploy-pipeline",
                "codebuild-" + account.substring(0, 4),
                "ASIADEMODEPLOY" + account.substring(0, 6),
                "192.0.2.201",
                Principal.CLI_AGENT,
                false);
    }

    static Principal lambda(String account) {
        return Principal.role(
                account,
                "lambda-processor",
                "lambda-processor",
                "ASIADEMOLAMBDA" + account.substring(0, 6),
                "10.0.40.5",
                "aws-lambda-java/17",
                false);
    }
}
