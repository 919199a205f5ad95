package dev.xacct.s3.gather;

import dev.xacct.aws.Arns;
import dev.xacct.s3.authz.S3Operation;
import dev.xacct.s3.evidence.Acl;
import dev.xacct.s3.evidence.Encryption;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.ObjectEvidence;
import dev.xacct.s3.evidence.Observed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the reads imply, pure (no SDK, no calls): who owns the bucket, whether the object exists
 * and who owns it, its encryption, which KMS key the request uses, whether SCPs or RCPs apply,
 * and what the caller saw. Owners are matched by canonical id (spec §2): the bucket is the
 * caller's or the owner perspective's own when {@code ListBuckets} lists it, or when
 * {@code GetBucketAcl}'s owner id is an id the evidence maps to an account.
 */
final class EvidenceInference {
    private EvidenceInference() {}

    /** The bucket owner's account; unknown with what would tell it. */
    static Fact<String> bucketOwner(
            Reads.Self callerSelf,
            Reads.Self ownerSelf,
            String callerAccount,
            String ownerAccount,
            Fact<String> bucketOwnerId,
            Map<String, String> canonicalIds) {
        if (callerSelf != null && callerSelf.ownsBucket()) return Fact.known(callerAccount);
        if (ownerSelf != null && ownerSelf.ownsBucket()) return Fact.known(ownerAccount);
        String id = bucketOwnerId.orNull();
        if (id != null && canonicalIds.containsKey(id)) return Fact.known(canonicalIds.get(id));
        return Fact.unknown("the bucket's account cannot be learned as " + callerAccount
                + (id == null ? " (GetBucketAcl refused)" : " (its canonical id " + id + " is not the caller's)")
                + (ownerAccount == null
                        ? ": re-run with --owner and a session in the bucket owner's account"
                        : "; " + ownerAccount + " (--owner) does not own it either"));
    }

    /** Whether the key exists: the listing says; else any successful HEAD/GET; else a 404. */
    static Fact<Boolean> exists(
            Fact<Reads.Listing> listing, Reads.Answer head, Reads.Answer get, Reads.Answer ownerHead, String as) {
        if (listing.isKnown()) return Fact.known(listing.orNull().exists());
        if (head.ok() || get.ok() || ownerHead != null && ownerHead.ok()) return Fact.known(true);
        if (head.status() == 404 || get.status() == 404 || ownerHead != null && ownerHead.status() == 404)
            return Fact.known(false);
        return Fact.unknown(reasons(listing, "HeadObject " + head.status() + " as " + as));
    }

    /** The object: missing, or its stored owner (listing first, then the ACL's owner), ACL and encryption. */
    static Fact<ObjectEvidence> object(
            Fact<Boolean> exists, Fact<Reads.Listing> listing, Fact<Reads.ObjectAcl> acl, Fact<Encryption> encryption) {
        if (Boolean.FALSE.equals(exists.orNull())) return Fact.known(ObjectEvidence.missing());
        Fact<String> owner = listing.isKnown() && listing.orNull().ownerId() != null
                ? Fact.known(listing.orNull().ownerId())
                : acl.isKnown() && acl.orNull().ownerId() != null
                        ? Fact.known(acl.orNull().ownerId())
                        : Fact.unknown(reasons(listing, acl));
        Fact<Acl> objectAcl = acl.map(Reads.ObjectAcl::acl);
        return Fact.known(new ObjectEvidence(exists, owner, objectAcl, encryption));
    }

    /** The object's encryption, from the first successful HEAD or GET (owner's first). */
    static Fact<Encryption> encryption(Reads.Answer head, Reads.Answer get, Reads.Answer ownerHead, String as) {
        for (Reads.Answer a : new Reads.Answer[] {ownerHead, head, get}) {
            if (a != null && a.ok() && a.encryption() != null) return Fact.known(a.encryption());
        }
        return Fact.unknown("HeadObject " + head.status() + " (" + head.errorCode() + ") as " + as
                + ": the encryption headers come only with a successful HEAD or GET"
                + (ownerHead == null ? "" : "; as the owner: " + ownerHead.status() + " " + ownerHead.errorCode()));
    }

    /**
     * The KMS key the request uses (spec §5): the stored object's for a read; the request's own,
     * else the bucket default's, for a write; the bucket default's for a part of a multipart
     * upload. {@code alias/aws/s3} stands for an SSE-KMS default that names no key. Null when the
     * request uses no KMS key (or which one is unknown).
     */
    static String kmsKey(
            S3Operation op,
            Map<String, String> headers,
            Fact<Encryption> objectEncryption,
            Fact<Encryption> defaultEncryption) {
        Encryption e = switch (op.kms()) {
            case NONE -> null;
            case DECRYPT_STORED, NOT_ESTABLISHED -> objectEncryption.orNull();
            case GENERATE_FOR_WRITE -> {
                Encryption h = Encryption.requestedBy(headers);
                yield h != null ? h : defaultEncryption.orNull();
            }
            case DECRYPT_FOR_UPLOAD -> defaultEncryption.orNull();
        };
        if (e == null || !e.usesKms()) return null;
        return e.kmsKeyArn() != null ? e.kmsKeyArn() : "alias/aws/s3";
    }

    /**
     * Whether an account's SCPs (or, for a bucket's account, RCPs) must be read: absent when the
     * account is in no organization or is its management account (neither applies there);
     * unknown when the organization could not be read; known true otherwise.
     */
    static Fact<Boolean> orgPoliciesApply(Fact<Reads.Organization> org, String account) {
        if (org.isAbsent()) return Fact.absent();
        if (org.isUnknown()) return Fact.unknown("the organization could not be read");
        if (account != null && account.equals(org.orNull().managementAccount())) return Fact.absent();
        return Fact.known(true);
    }

    /** For GetObject the ranged GET is the request; for HeadObject the HEAD status with the GET's message. */
    static Observed observed(String operation, Reads.Answer head, Reads.Answer get) {
        if ("HeadObject".equals(operation)) {
            if (head.ok()) return new Observed(200, null, null);
            boolean sameFailure = get.status() == head.status();
            return new Observed(
                    head.status() == 0 ? null : head.status(),
                    sameFailure ? get.errorCode() : null,
                    sameFailure ? get.message() : null);
        }
        if ("GetObject".equals(operation)) {
            if (get.ok()) return new Observed(200, null, null);
            return new Observed(get.status() == 0 ? null : get.status(), get.errorCode(), get.message());
        }
        return null;
    }

    /** STS names IAM users {@code arn:aws:iam::…:user/…}; some emulators answer with {@code sts} there. */
    static String principalArn(String arn) {
        boolean stsUser = Arns.service(arn).orElse("").equals("sts")
                && Arns.resourceType(arn).orElse("").equals("user");
        return stsUser ? arn.replaceFirst(":sts::", ":iam::") : arn;
    }

    /** The first known value or known absence; unknown with every reason when nobody could read it. */
    static <T> Fact<T> best(List<Fact<T>> facts) {
        for (Fact<T> f : facts) if (!f.isUnknown()) return f;
        return Fact.unknown(reasons(facts.toArray()));
    }

    static String reasons(Object... facts) {
        List<String> out = new ArrayList<>();
        for (Object f : facts) {
            if (f instanceof Fact.Unknown<?> u) out.add(u.reason());
            else if (f instanceof String s) out.add(s);
        }
        return String.join("; ", out);
    }
}
