package dev.xacct.s3.gather;

import dev.xacct.policy.OrgPolicyLevel;
import dev.xacct.policy.PolicyDocument;
import dev.xacct.s3.evidence.Acl;
import dev.xacct.s3.evidence.BucketEvidence;
import dev.xacct.s3.evidence.CallerEvidence;
import dev.xacct.s3.evidence.Encryption;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.KmsEvidence;
import dev.xacct.s3.evidence.ObjectEvidence;
import dev.xacct.s3.evidence.ObjectOwnership;
import dev.xacct.s3.evidence.Observed;
import dev.xacct.s3.evidence.PublicAccessBlock;
import dev.xacct.s3.evidence.S3Evidence;
import dev.xacct.s3.evidence.S3Request;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.PolicyType;

/**
 * Gathers {@code xacct.s3-evidence/v1} for one S3 request, live, as the caller and (with
 * {@code --owner}) as a session in the bucket owner's account, every read in parallel on a
 * bounded executor. Each fact is the best either perspective could read: a value or a known
 * absence wins over unknown; when both know, the bucket owner's reading of a bucket fact wins.
 * A fact neither could read is unknown with both reasons. What the caller saw is recorded as
 * {@code observed} (for HeadObject: the HEAD status, with the message from a 1-byte ranged GET).
 */
public final class EvidenceGatherer implements AutoCloseable {

    /** The evidence, how long gathering took, and how many AWS calls it made. */
    public record Gathered(S3Evidence evidence, Duration elapsed, int calls, int perspectives) {}

    private final ExecutorService executor;
    private final boolean ownsExecutor;

    /** Reads run on the given executor (it should be bounded). */
    public EvidenceGatherer(ExecutorService executor) {
        this.executor = executor;
        this.ownsExecutor = false;
    }

    /** Reads run on a pool of {@code threads} daemon threads, shut down by {@link #close()}. */
    public EvidenceGatherer(int threads) {
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "xacct-gather");
            t.setDaemon(true);
            return t;
        });
        this.ownsExecutor = true;
    }

    @Override
    public void close() {
        // No interrupts: an interrupted SDK call logs "Failed to close the response stream" on stderr.
        if (ownsExecutor) executor.shutdown();
    }

    /** {@code owner} may be null: then only the caller's perspective is read. */
    public Gathered gather(S3Request request, AwsPerspective caller, AwsPerspective owner) {
        long start = System.nanoTime();
        AtomicInteger calls = new AtomicInteger();
        String bucket = request.bucket();
        String key = request.key();

        // Who is who first: nothing can be said without the caller's account.
        CompletableFuture<String> ownerAccount = owner == null
                ? null
                : async(() -> {
                    calls.incrementAndGet();
                    return owner.account();
                });
        calls.incrementAndGet();
        String callerAccount = caller.account();
        String callerArn = principalArn(caller.arn());
        if (ownerAccount != null) join(ownerAccount);

        PerspectiveReader c = new PerspectiveReader(caller, bucket, calls);
        PerspectiveReader o = owner == null ? null : new PerspectiveReader(owner, bucket, calls);
        List<PerspectiveReader> ownerFirst = o == null ? List.of(c) : List.of(o, c);

        Reads<PerspectiveReader.Self> self = reads(ownerFirst, PerspectiveReader::self);
        Reads<PerspectiveReader.BucketAcl> bucketAcl = firstKnown(ownerFirst, PerspectiveReader::bucketAcl);
        Reads<ObjectOwnership> ownership = firstKnown(ownerFirst, PerspectiveReader::objectOwnership);
        Reads<PolicyDocument> policy = firstKnown(ownerFirst, PerspectiveReader::bucketPolicy);
        Reads<Boolean> policyIsPublic = firstKnown(ownerFirst, PerspectiveReader::policyIsPublic);
        Reads<PublicAccessBlock> pab = firstKnown(ownerFirst, PerspectiveReader::publicAccessBlock);
        Reads<List<String>> blocked = firstKnown(ownerFirst, PerspectiveReader::blockedEncryptionTypes);
        Reads<Boolean> payer = firstKnown(ownerFirst, PerspectiveReader::requesterPays);
        Reads<Organization> org =
                reads(ownerFirst, PerspectiveReader::organization); // each perspective has its own organization
        CompletableFuture<PerspectiveReader.IamFacts> iam = async(c::iam);

        Reads<PerspectiveReader.Listing> listing = key == null ? null : firstKnown(ownerFirst, r -> r.listKey(key));
        Reads<PerspectiveReader.ObjectAcl> objectAcl =
                key == null ? null : firstKnown(ownerFirst, r -> r.objectAcl(key));
        CompletableFuture<PerspectiveReader.Answer> callerHead = key == null ? null : async(() -> c.headObject(key));
        CompletableFuture<PerspectiveReader.Answer> callerGet = key == null ? null : async(() -> c.rangedGet(key));
        CompletableFuture<PerspectiveReader.Answer> ownerHead =
                key == null || o == null ? null : async(() -> o.headObject(key));

        // ---- identities and canonical ids ----
        Map<String, String> canonicalIds = new LinkedHashMap<>();
        PerspectiveReader.Self callerSelf =
                join(self.futures.get(ownerFirst.indexOf(c))).orNull();
        PerspectiveReader.Self ownerSelf =
                o == null ? null : join(self.futures.get(0)).orNull();
        String callerCanon = callerSelf == null ? null : callerSelf.canonicalId();
        String ownerCanon = ownerSelf == null ? null : ownerSelf.canonicalId();
        if (callerCanon != null) canonicalIds.put(callerCanon, callerAccount);
        if (ownerCanon != null) canonicalIds.putIfAbsent(ownerCanon, owner.account());

        Fact<PerspectiveReader.BucketAcl> acl = bucketAcl.best();
        Fact<String> bucketOwnerCanon = acl.map(PerspectiveReader.BucketAcl::ownerId);
        Fact<String> bucketOwnerAccount;
        String ownerId = bucketOwnerCanon.orNull();
        if (callerSelf != null && callerSelf.ownsBucket()) {
            bucketOwnerAccount = Fact.known(callerAccount);
        } else if (ownerSelf != null && ownerSelf.ownsBucket()) {
            bucketOwnerAccount = Fact.known(owner.account());
        } else if (ownerId != null && canonicalIds.containsKey(ownerId)) {
            bucketOwnerAccount = Fact.known(canonicalIds.get(ownerId));
        } else {
            bucketOwnerAccount = Fact.unknown("the bucket's account cannot be learned as " + callerAccount
                    + (ownerId == null
                            ? " (GetBucketAcl refused)"
                            : " (its canonical id " + ownerId + " is not the caller's)")
                    + (owner == null
                            ? ": re-run with --owner and a session in the bucket owner's account"
                            : "; " + owner.account() + " (--owner) does not own it either"));
        }
        if (bucketOwnerAccount.isKnown() && ownerId != null) canonicalIds.put(ownerId, bucketOwnerAccount.orNull());

        // ---- object ----
        Fact<ObjectEvidence> object;
        Fact<Encryption> encryption = Fact.unknown("no key");
        if (key == null) {
            object = Fact.absent();
        } else {
            PerspectiveReader.Answer head = join(callerHead);
            PerspectiveReader.Answer get = join(callerGet);
            PerspectiveReader.Answer oHead = ownerHead == null ? null : join(ownerHead);
            Fact<PerspectiveReader.Listing> list = listing.best();
            Fact<PerspectiveReader.ObjectAcl> oacl = objectAcl.best();

            Fact<Boolean> exists;
            if (list.isKnown()) exists = Fact.known(list.orNull().exists());
            else if (head.ok() || get.ok() || oHead != null && oHead.ok()) exists = Fact.known(true);
            else if (head.status() == 404 || get.status() == 404 || oHead != null && oHead.status() == 404)
                exists = Fact.known(false);
            else exists = Fact.unknown(joinReasons(list, "HeadObject " + head.status() + " as " + callerAccount));

            encryption = firstEncryption(head, get, oHead, callerAccount);
            if (Boolean.FALSE.equals(exists.orNull())) {
                object = Fact.known(ObjectEvidence.missing());
            } else {
                Fact<String> objectOwner = list.isKnown() && list.orNull().ownerId() != null
                        ? Fact.known(list.orNull().ownerId())
                        : oacl.isKnown() && oacl.orNull().ownerId() != null
                                ? Fact.known(oacl.orNull().ownerId())
                                : Fact.unknown(joinReasons(list, oacl));
                Fact<Acl> objectAclFact = oacl.map(PerspectiveReader.ObjectAcl::acl);
                object = Fact.known(new ObjectEvidence(exists, objectOwner, objectAclFact, encryption));
            }
        }

        // ---- KMS ----
        Fact<KmsEvidence> kms;
        Encryption enc = encryption.orNull();
        if (key == null
                || object.isKnown()
                        && Boolean.FALSE.equals(object.orNull().exists().orNull())) {
            kms = Fact.absent();
        } else if (encryption.isUnknown()) {
            kms = Fact.unknown("the object's encryption is unknown");
        } else if (enc == null || !enc.usesKms() || enc.kmsKeyArn() == null) {
            kms = Fact.absent();
        } else {
            List<CompletableFuture<PerspectiveReader.KeyFacts>> keys = new ArrayList<>();
            for (PerspectiveReader r : ownerFirst) keys.add(async(() -> r.key(enc.kmsKeyArn())));
            List<PerspectiveReader.KeyFacts> kf =
                    keys.stream().map(EvidenceGatherer::join).toList();
            String arn = enc.kmsKeyArn();
            String keyAccount = arn.startsWith("arn:") ? arn.split(":")[4] : null;
            Fact<String> keyArn =
                    best(kf.stream().map(PerspectiveReader.KeyFacts::keyArn).toList());
            kms = Fact.known(new KmsEvidence(
                    keyArn.isKnown() ? keyArn : Fact.known(arn),
                    best(kf.stream().map(PerspectiveReader.KeyFacts::keyManager).toList()),
                    keyAccount == null ? Fact.unknown("the key id is not an ARN") : Fact.known(keyAccount),
                    best(kf.stream().map(PerspectiveReader.KeyFacts::keyPolicy).toList())));
        }

        // ---- organizations ----
        Fact<Organization> callerOrg = join(org.futures.get(ownerFirst.indexOf(c)));
        Fact<String> callerOrgId = callerOrg.map(Organization::id);
        CompletableFuture<Fact<List<OrgPolicyLevel>>> scps;
        if (callerOrg.isAbsent()) scps = CompletableFuture.completedFuture(Fact.absent());
        else if (callerOrg.isUnknown())
            scps = CompletableFuture.completedFuture(Fact.unknown("the caller's organization could not be read"));
        else if (callerAccount.equals(callerOrg.orNull().masterAccountId()))
            scps = CompletableFuture.completedFuture(Fact.absent()); // SCPs do not apply to the management account
        else scps = async(() -> c.orgPolicies(callerAccount, PolicyType.SERVICE_CONTROL_POLICY));

        String bucketAccount = bucketOwnerAccount.orNull();
        Fact<Organization> bucketOrg;
        PerspectiveReader bucketSide;
        if (bucketAccount != null && bucketAccount.equals(callerAccount)) {
            bucketOrg = callerOrg;
            bucketSide = c;
        } else if (o != null && bucketAccount != null && bucketAccount.equals(owner.account())) {
            bucketOrg = join(org.futures.get(0));
            bucketSide = o;
        } else {
            bucketOrg = Fact.unknown("the bucket owner's organization can be read only from its account: use --owner");
            bucketSide = null;
        }
        Fact<List<OrgPolicyLevel>> rcps;
        boolean ownerIsManagement = bucketOrg.isKnown()
                && Objects.equals(bucketAccount, bucketOrg.orNull().masterAccountId());
        if (bucketOrg.isAbsent() || ownerIsManagement) rcps = Fact.absent();
        else if (bucketOrg.isUnknown() || bucketSide == null)
            rcps = Fact.unknown("the bucket owner's organization is unknown");
        else rcps = bucketSide.orgPolicies(bucketAccount, PolicyType.RESOURCE_CONTROL_POLICY);

        // ---- caller ----
        PerspectiveReader.IamFacts iamFacts = join(iam);
        boolean viaVpce = request.context().containsKey("aws:SourceVpce");
        CallerEvidence callerEvidence = CallerEvidence.builder(callerArn, callerAccount)
                .orgId(callerOrgId)
                .identityPolicies(iamFacts.identityPolicies())
                .permissionsBoundary(iamFacts.boundary())
                .sessionPolicy(caller.sessionPolicy())
                .serviceControlPolicies(join(scps))
                .vpcEndpointPolicy(
                        viaVpce
                                ? Fact.unknown(
                                        "xacct does not read VPC endpoint policies yet (aws ec2 describe-vpc-endpoints)")
                                : Fact.absent())
                .build();

        BucketEvidence bucketEvidence = new BucketEvidence(
                bucketOwnerAccount,
                bucketOwnerCanon,
                bucketOrg.map(Organization::id),
                ownerIsManagement,
                ownership.best(),
                policy.best(),
                policyIsPublic.best(),
                acl.map(PerspectiveReader.BucketAcl::acl),
                pab.best(),
                payer.best(),
                rcps,
                blocked.best(),
                Fact.absent(),
                Fact.absent());

        Observed observed = key == null ? null : observed(request.operation(), join(callerHead), join(callerGet));

        S3Evidence evidence =
                new S3Evidence(request, callerEvidence, bucketEvidence, object, kms, canonicalIds, observed);
        return new Gathered(evidence, Duration.ofNanos(System.nanoTime() - start), calls.get(), ownerFirst.size());
    }

    /** STS names IAM users {@code arn:aws:iam::…:user/…}; some emulators answer with {@code sts} there. */
    static String principalArn(String arn) {
        return arn.matches("arn:aws[a-z-]*:sts::\\d{12}:user/.*") ? arn.replaceFirst(":sts::", ":iam::") : arn;
    }

    /** For GetObject the ranged GET is the request; for HeadObject the HEAD status with the GET's message. */
    static Observed observed(String operation, PerspectiveReader.Answer head, PerspectiveReader.Answer get) {
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

    private static Fact<Encryption> firstEncryption(
            PerspectiveReader.Answer head,
            PerspectiveReader.Answer get,
            PerspectiveReader.Answer ownerHead,
            String callerAccount) {
        for (PerspectiveReader.Answer a : new PerspectiveReader.Answer[] {ownerHead, head, get}) {
            if (a != null && a.ok() && a.encryption() != null) return Fact.known(a.encryption());
        }
        return Fact.unknown("HeadObject " + head.status() + " (" + head.errorCode() + ") as " + callerAccount
                + ": the encryption headers come only with a successful HEAD or GET"
                + (ownerHead == null ? "" : "; as the owner: " + ownerHead.status() + " " + ownerHead.errorCode()));
    }

    // ---- combining perspectives -----------------------------------------------------------

    /** One fact read by each perspective, in order of preference. */
    private final class Reads<T> {
        final List<CompletableFuture<Fact<T>>> futures = new ArrayList<>();

        Fact<T> best() {
            return EvidenceGatherer.best(
                    futures.stream().map(EvidenceGatherer::join).toList());
        }
    }

    /** The same read as every perspective, all at once: for facts each perspective has its own of. */
    private <T> Reads<T> reads(List<PerspectiveReader> readers, Function<PerspectiveReader, Fact<T>> read) {
        Reads<T> reads = new Reads<>();
        for (PerspectiveReader r : readers) reads.futures.add(async(() -> read.apply(r)));
        return reads;
    }

    /**
     * One fact, owner first: a later perspective reads only when the earlier ones could not
     * (the caller is usually refused what the owner just read), so the same facts cost fewer calls.
     */
    private <T> Reads<T> firstKnown(List<PerspectiveReader> readers, Function<PerspectiveReader, Fact<T>> read) {
        Reads<T> reads = new Reads<>();
        CompletableFuture<Fact<T>> earlier = null;
        for (PerspectiveReader r : readers) {
            CompletableFuture<Fact<T>> next = earlier == null
                    ? async(() -> read.apply(r))
                    : earlier.thenCompose(
                            f -> f.isUnknown() ? async(() -> read.apply(r)) : CompletableFuture.completedFuture(f));
            reads.futures.add(next);
            earlier = next;
        }
        return reads;
    }

    /** The first known value or known absence; unknown with every reason when nobody could read it. */
    static <T> Fact<T> best(List<Fact<T>> facts) {
        for (Fact<T> f : facts) if (!f.isUnknown()) return f;
        return Fact.unknown(joinReasons(facts.toArray(Fact[]::new)));
    }

    private static String joinReasons(Object... facts) {
        List<String> reasons = new ArrayList<>();
        for (Object f : facts) {
            if (f instanceof Fact.Unknown<?> u) reasons.add(u.reason());
            else if (f instanceof String s) reasons.add(s);
        }
        return String.join("; ", reasons);
    }

    private <T> CompletableFuture<T> async(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor);
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
