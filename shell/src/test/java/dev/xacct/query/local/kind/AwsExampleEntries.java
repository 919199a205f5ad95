package dev.xacct.query.local.kind;

/** Log entries copied from AWS's documentation, for the tests of the kinds' readers. */
final class AwsExampleEntries {

    /** AWS's example entry ("Access log entries", Elastic Load Balancing guide), 30 fields. */
    static final String ALB = "https 2025-06-01T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188"
            + " 192.168.131.39:2817 10.0.0.1:80 0.086 0.048 0.037 200 200 0 57"
            + " \"GET https://www.example.com:443/ HTTP/1.1\" \"curl/7.46.0\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2"
            + " arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067"
            + " \"Root=1-58337281-1d84f3d73c47ec4e58577259\" \"www.example.com\""
            + " \"arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234-1234-1234-123456789012\" 1"
            + " 2025-06-01T22:22:48.364000Z \"authenticate,forward\" \"-\" \"-\" \"10.0.0.1:80\" \"200\" \"-\" \"-\""
            + " TID_1234abcd5678ef90";

    private AwsExampleEntries() {}
}
