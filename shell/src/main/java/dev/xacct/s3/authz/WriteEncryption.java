package dev.xacct.s3.authz;

import dev.xacct.s3.evidence.Encryption;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.ObjectEvidence;

/**
 * Which encryption a request works with (spec §5): a read uses the stored object's; a write
 * uses its own headers, else the bucket's default encryption ({@code GetBucketEncryption}); a
 * part of a multipart upload carries no encryption header and uses the upload's (recorded as
 * the object's encryption when known), else the bucket default.
 *
 * @param encryption the encryption, tri-state
 * @param from where it comes from, for reports ("the request's headers", "the bucket's default encryption")
 * @param fact the evidence field to read when it is unknown
 */
record WriteEncryption(Fact<Encryption> encryption, String from, String fact) {

    static WriteEncryption of(Situation s) {
        return switch (s.op().kms()) {
            case NONE -> new WriteEncryption(Fact.absent(), "no encryption", "object.encryption");
            case DECRYPT_STORED, NOT_ESTABLISHED -> stored(s);
            case GENERATE_FOR_WRITE -> {
                Encryption headers = Encryption.requestedBy(s.ev().request().headers());
                yield headers != null
                        ? new WriteEncryption(
                                Fact.known(headers), "the request's encryption headers", "request.headers")
                        : bucketDefault(s);
            }
            case DECRYPT_FOR_UPLOAD -> {
                Fact<ObjectEvidence> o = s.ev().object();
                Fact<Encryption> upload = o.isKnown() ? o.orNull().encryption() : Fact.absent();
                yield upload.isKnown()
                        ? new WriteEncryption(upload, "the multipart upload's encryption", "object.encryption")
                        : bucketDefault(s);
            }
        };
    }

    private static WriteEncryption stored(Situation s) {
        Fact<ObjectEvidence> obj = s.ev().object();
        Fact<Encryption> enc = obj.isKnown() ? obj.orNull().encryption() : Fact.unknown();
        return new WriteEncryption(enc, "the object's encryption", "object.encryption");
    }

    private static WriteEncryption bucketDefault(Situation s) {
        return new WriteEncryption(
                s.ev().bucket().defaultEncryption(), "the bucket's default encryption", "bucket.defaultEncryption");
    }
}
