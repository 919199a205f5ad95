package dev.xacct.s3.gather;

import dev.xacct.policy.PolicyDocument;
import dev.xacct.policy.PolicyParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** IAM returns policy documents URL-encoded (RFC 3986); everything else returns them as JSON. */
final class IamDocuments {
    private IamDocuments() {}

    static String decode(String document) {
        return document.trim().startsWith("{") ? document : URLDecoder.decode(document, StandardCharsets.UTF_8);
    }

    static PolicyDocument parse(String document, String what) {
        return PolicyParser.parse(decode(document), what);
    }
}
