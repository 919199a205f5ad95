package dev.xacct.s3.gather;

import dev.xacct.aws.Arns;
import dev.xacct.policy.PolicyDocument;
import dev.xacct.s3.authz.S3Operation;
import dev.xacct.s3.evidence.BucketEvidence;
import dev.xacct.s3.evidence.CallerEvidence;
import dev.xacct.s3.evidence.CopySourceEvidence;
import dev.xacct.s3.evidence.Encryption;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.KmsEvidence;
import dev.xacct.s3.evidence.ObjectEvidence;
import dev.xacct.s3.evidence.ObjectOwnership;
import dev.xacct.s3.evidence.PolicyRef;
import dev.xacct.s3.evidence.PublicAccessBlock;
import dev.xacct.s3.evidence.S3Evidence;
import dev.xacct.s3.evidence.S3Request;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.services.organizations.model.PolicyType;

/**
 * Gathers {@code xacct.s3-evidence/v1} for one S3 request, live, as the caller and (with
 * {@code --owner}) as a session in the bucket owner's account. This class only schedules the
 * reads ({@link S3Reads}, {@link IamReads}, {@link OrgReads}) through a {@link ReadSchedule}; what they imply is
 * {@link EvidenceInference}'s. Every read that needs no earlier answer starts at once, so the
 * gathering takes as many round trips as its longest chain of dependent reads (the IAM chain:
 * list, get, get version; KMS after the object's encryption; a bucket fact as the caller only
 * after the owner could not read it). Each fact is the best either perspective could read; a
 * fact neither could read is unknown with both reasons. AWS calls are counted, and their
 * critical path measured, by {@link CallRecorder}.
 */
public final class EvidenceGatherer implements AutoCloseable {

    /**
     * The evidence, how long gathering took, how many AWS calls it made, how many perspectives,
     * and the critical path: the number of dependent round trips.
     */
    public record Gathered(S3Evidence evidence, Duration elapsed, int calls, int perspectives, int roundTrips) {}

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
        CallRecorder recorder = new CallRecorder();
        Executor ex = work -> executor.execute(recorder.wrap(work));
        Run run = new Run(request, caller, owner, ex);
        S3Request.CopySource cs =
                S3Operation.of(request.operation(), request.key() != null).copy() ? request.copySource() : null;
        // A copy reads its source too (spec §5): the source's facts are gathered side by side.
        CompletableFuture<S3Evidence> source = cs == null
                ? null
                : CompletableFuture.supplyAsync(
                        () -> new Run(
                                        S3Request.builder("GetObject", cs.bucket())
                                                .key(cs.key())
                                                .build(),
                                        caller,
                                        owner,
                                        ex)
                                .gather(),
                        ex);
        S3Evidence[] evidence = new S3Evidence[1];
        recorder.wrap(() -> evidence[0] = run.gather()).run();
        if (source != null) evidence[0] = withSource(evidence[0], ReadSchedule.await(source), cs);
        return new Gathered(
                evidence[0],
                Duration.ofNanos(System.nanoTime() - start),
                recorder.count(),
                owner == null ? 1 : 2,
                recorder.criticalPath());
    }

    /** The request's evidence with the source's bucket (when it is another), object and key facts. */
    private static S3Evidence withSource(S3Evidence e, S3Evidence src, S3Request.CopySource cs) {
        Map<String, String> ids = new LinkedHashMap<>(src.canonicalIds());
        ids.putAll(e.canonicalIds());
        CopySourceEvidence source = new CopySourceEvidence(
                cs.bucket().equals(e.request().bucket()) ? null : src.bucket(), src.object(), src.kms());
        return new S3Evidence(
                e.request(), e.caller(), e.bucket(), e.object(), e.kms(), ids, e.observed(), source, e.policyRefs());
    }

    /** One gathering: the reads of both perspectives, started as early as their inputs allow. */
    private static final class Run {
        private final S3Request request;
        private final AwsPerspective caller;
        private final AwsPerspective owner;
        private final Executor ex;
        private final S3Reads c;
        private final S3Reads o;
        private final List<S3Reads> ownerFirst;
        private final ReadSchedule schedule;

        Run(S3Request request, AwsPerspective caller, AwsPerspective owner, Executor ex) {
            this.request = request;
            this.caller = caller;
            this.owner = owner;
            this.ex = ex;
            this.c = new S3Reads(caller, request.bucket());
            this.o = owner == null ? null : new S3Reads(owner, request.bucket());
            this.ownerFirst = o == null ? List.of(c) : List.of(o, c);
            this.schedule = new ReadSchedule(ex, ownerFirst);
        }

        S3Evidence gather() {
            String key = request.key();
            // Round 1: everything that needs no earlier answer.
            CompletableFuture<String> callerArn = async(caller::arn);
            CompletableFuture<String> ownerAccount = owner == null ? null : async(owner::account);
            List<CompletableFuture<Fact<Reads.Self>>> self = each(S3Reads::self);
            CompletableFuture<Fact<Reads.BucketAcl>> bucketAcl = firstKnown(S3Reads::bucketAcl);
            CompletableFuture<Fact<ObjectOwnership>> ownership = firstKnown(S3Reads::objectOwnership);
            CompletableFuture<Fact<PolicyDocument>> policy = firstKnown(S3Reads::bucketPolicy);
            CompletableFuture<Fact<Boolean>> isPublic = firstKnown(S3Reads::policyIsPublic);
            CompletableFuture<Fact<PublicAccessBlock>> pab = firstKnown(S3Reads::publicAccessBlock);
            CompletableFuture<Fact<Reads.BucketEncryption>> encryption = firstKnown(S3Reads::encryption);
            CompletableFuture<Fact<Boolean>> payer = firstKnown(S3Reads::requesterPays);
            List<CompletableFuture<Fact<Reads.Organization>>> orgs = ownerFirst.stream()
                    .map(r -> async(() -> new OrgReads(r.perspective(), ex).organization()))
                    .toList();
            CompletableFuture<Reads.IamFacts> iam = callerArn.thenCompose(arn -> new IamReads(caller, ex).read());
            CompletableFuture<Fact<Reads.Listing>> listing = key == null ? null : firstKnown(r -> r.listKey(key));
            CompletableFuture<Fact<Reads.ObjectAcl>> objectAcl = key == null ? null : firstKnown(r -> r.objectAcl(key));
            CompletableFuture<Reads.Answer> head = key == null ? null : async(() -> c.headObject(key));
            CompletableFuture<Reads.Answer> get = key == null ? null : async(() -> c.rangedGet(key));
            CompletableFuture<Reads.Answer> ownerHead =
                    key == null || o == null ? null : async(() -> o.headObject(key));

            // Who is who.
            String callerAccount = caller.account();
            String ownerAcct = ownerAccount == null ? null : join(ownerAccount);
            Reads.Self callerSelf = join(self.get(ownerFirst.indexOf(c))).orNull();
            Reads.Self ownerSelf = o == null ? null : join(self.get(0)).orNull();
            Map<String, String> canonicalIds = new LinkedHashMap<>();
            if (callerSelf != null && callerSelf.canonicalId() != null)
                canonicalIds.put(callerSelf.canonicalId(), callerAccount);
            if (ownerSelf != null && ownerSelf.canonicalId() != null)
                canonicalIds.putIfAbsent(ownerSelf.canonicalId(), ownerAcct);
            Fact<Reads.BucketAcl> acl = join(bucketAcl);
            Fact<String> bucketOwnerId = acl.map(Reads.BucketAcl::ownerId);
            Fact<String> bucketOwner = EvidenceInference.bucketOwner(
                    callerSelf, ownerSelf, callerAccount, ownerAcct, bucketOwnerId, canonicalIds);
            if (bucketOwner.isKnown() && bucketOwnerId.orNull() != null)
                canonicalIds.put(bucketOwnerId.orNull(), bucketOwner.orNull());

            // The object, then the KMS key it (or the write) uses: round 2.
            Fact<Reads.BucketEncryption> enc = join(encryption);
            Fact<Encryption> defaultEncryption = enc.isKnown() ? enc.orNull().defaultEncryption() : enc.map(x -> null);
            Fact<ObjectEvidence> object = Fact.absent();
            Fact<Encryption> objectEncryption = Fact.absent();
            if (key != null) {
                Reads.Answer h = join(head);
                Reads.Answer g = join(get);
                Reads.Answer oh = ownerHead == null ? null : join(ownerHead);
                Fact<Reads.Listing> list = join(listing);
                Fact<Boolean> exists = EvidenceInference.exists(list, h, g, oh, callerAccount);
                objectEncryption = EvidenceInference.encryption(h, g, oh, callerAccount);
                object = EvidenceInference.object(exists, list, join(objectAcl), objectEncryption);
            }
            S3Operation op = S3Operation.of(request.operation(), key != null);
            Fact<KmsEvidence> kms = kms(op, object, objectEncryption, defaultEncryption);

            // Organizations: the caller's SCPs and the bucket's RCPs, where they apply.
            Fact<Reads.Organization> callerOrg = join(orgs.get(ownerFirst.indexOf(c)));
            CompletableFuture<Fact<Reads.OrgChain>> scps = chain(
                    EvidenceInference.orgPoliciesApply(callerOrg, callerAccount),
                    c,
                    callerAccount,
                    PolicyType.SERVICE_CONTROL_POLICY,
                    "caller.serviceControlPolicies");
            String bucketAccount = bucketOwner.orNull();
            S3Reads bucketSide = bucketAccount == null
                    ? null
                    : bucketAccount.equals(callerAccount) ? c : o != null && bucketAccount.equals(ownerAcct) ? o : null;
            Fact<Reads.Organization> bucketOrg = bucketSide == null
                    ? Fact.unknown("the bucket owner's organization can be read only from its account: use --owner")
                    : join(orgs.get(ownerFirst.indexOf(bucketSide)));
            Fact<Boolean> rcpsApply = EvidenceInference.orgPoliciesApply(bucketOrg, bucketAccount);
            CompletableFuture<Fact<Reads.OrgChain>> rcps = chain(
                    rcpsApply,
                    bucketSide,
                    bucketAccount,
                    PolicyType.RESOURCE_CONTROL_POLICY,
                    "bucket.resourceControlPolicies");

            // The caller.
            Reads.IamFacts iamFacts = join(iam);
            Map<String, PolicyRef> refs = new LinkedHashMap<>();
            Fact<List<PolicyDocument>> identity = iamFacts.identityPolicies().map(l -> {
                for (int i = 0; i < l.size(); i++)
                    refs.put("caller.identityPolicies[" + i + "]", l.get(i).ref());
                return l.stream().map(Reads.NamedPolicy::document).toList();
            });
            iamFacts.boundary().map(b -> refs.put("caller.permissionsBoundary", b.ref()));
            Fact<Reads.OrgChain> scpChain = join(scps);
            Fact<Reads.OrgChain> rcpChain = join(rcps);
            scpChain.map(ch -> {
                refs.putAll(ch.refs());
                return ch;
            });
            rcpChain.map(ch -> {
                refs.putAll(ch.refs());
                return ch;
            });
            boolean viaVpce = request.context().containsKey("aws:SourceVpce");
            CallerEvidence callerEvidence = CallerEvidence.builder(
                            EvidenceInference.principalArn(join(callerArn)), callerAccount)
                    .orgId(callerOrg.map(Reads.Organization::id))
                    .identityPolicies(identity)
                    .permissionsBoundary(iamFacts.boundary().map(Reads.NamedPolicy::document))
                    .sessionPolicy(caller.sessionPolicy())
                    .serviceControlPolicies(scpChain.map(Reads.OrgChain::levels))
                    .vpcEndpointPolicy(
                            viaVpce
                                    ? Fact.unknown("xacct does not read VPC endpoint policies yet"
                                            + " (aws ec2 describe-vpc-endpoints --vpc-endpoint-ids ID)")
                                    : Fact.absent())
                    .build();
            BucketEvidence bucketEvidence = new BucketEvidence(
                    bucketOwner,
                    bucketOwnerId,
                    bucketOrg.map(Reads.Organization::id),
                    bucketOrg.isKnown()
                            && Objects.equals(bucketAccount, bucketOrg.orNull().managementAccount()),
                    join(ownership),
                    join(policy),
                    join(isPublic),
                    acl.map(Reads.BucketAcl::acl),
                    join(pab),
                    join(payer),
                    rcpChain.map(Reads.OrgChain::levels),
                    enc.map(Reads.BucketEncryption::blocked),
                    Fact.absent(),
                    defaultEncryption);
            var observed = key == null ? null : EvidenceInference.observed(request.operation(), join(head), join(get));
            return new S3Evidence(
                    request, callerEvidence, bucketEvidence, object, kms, canonicalIds, observed, null, refs);
        }

        /** The KMS key in use, read as every perspective (owner first): DescribeKey and GetKeyPolicy. */
        private Fact<KmsEvidence> kms(
                S3Operation op,
                Fact<ObjectEvidence> object,
                Fact<Encryption> objectEncryption,
                Fact<Encryption> defaultEncryption) {
            if (object.isKnown()
                    && Boolean.FALSE.equals(object.orNull().exists().orNull())
                    && op.scope() == S3Operation.Scope.EXISTING_OBJECT) return Fact.absent();
            boolean readsStored =
                    op.kms() == S3Operation.KmsUse.DECRYPT_STORED || op.kms() == S3Operation.KmsUse.NOT_ESTABLISHED;
            if (readsStored && objectEncryption.isUnknown()) return Fact.unknown("the object's encryption is unknown");
            String keyArn = EvidenceInference.kmsKey(op, request.headers(), objectEncryption, defaultEncryption);
            if (keyArn == null) return Fact.absent();
            List<Reads.KeyFacts> kf = ownerFirst.stream().map(r -> async(() -> r.key(keyArn))).toList().stream()
                    .map(this::join)
                    .toList();
            Fact<String> arn = EvidenceInference.best(
                    kf.stream().map(Reads.KeyFacts::keyArn).toList());
            String resolved = arn.orElse(keyArn);
            Fact<String> account = Arns.accountId(resolved)
                    .map(Fact::known)
                    .orElseGet(() -> Fact.unknown("the key " + keyArn + " is not named by an ARN"));
            return Fact.known(new KmsEvidence(
                    Fact.known(resolved),
                    EvidenceInference.best(
                            kf.stream().map(Reads.KeyFacts::keyManager).toList()),
                    account,
                    EvidenceInference.best(
                            kf.stream().map(Reads.KeyFacts::keyPolicy).toList())));
        }

        private CompletableFuture<Fact<Reads.OrgChain>> chain(
                Fact<Boolean> apply, S3Reads side, String account, PolicyType type, String place) {
            if (apply.isAbsent()) return CompletableFuture.completedFuture(Fact.absent());
            if (apply.isUnknown() || side == null || account == null)
                return CompletableFuture.completedFuture(Fact.unknown(
                        apply.isUnknown() ? ((Fact.Unknown<?>) apply).reason() : "the organization is unknown"));
            return new OrgReads(side.perspective(), ex).chain(account, type, place);
        }

        private <T> List<CompletableFuture<Fact<T>>> each(Function<S3Reads, Fact<T>> read) {
            return schedule.each(read);
        }

        private <T> CompletableFuture<Fact<T>> firstKnown(Function<S3Reads, Fact<T>> read) {
            return schedule.firstKnown(read);
        }

        private <T> CompletableFuture<T> async(Supplier<T> work) {
            return schedule.async(work);
        }

        private <T> T join(CompletableFuture<T> f) {
            return schedule.join(f);
        }
    }
}
