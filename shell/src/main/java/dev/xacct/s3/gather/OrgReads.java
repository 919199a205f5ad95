package dev.xacct.s3.gather;

import dev.xacct.policy.OrgPolicyLevel;
import dev.xacct.policy.PolicyParser;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.PolicyRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.Parent;
import software.amazon.awssdk.services.organizations.model.ParentType;
import software.amazon.awssdk.services.organizations.model.PolicySummary;
import software.amazon.awssdk.services.organizations.model.PolicyType;

/**
 * Organizations reads of one perspective: its organization, and the SCPs or RCPs on the path
 * from the root to an account (formats.md §1: one level per target, root first), each policy
 * named by its id. The account's own level is read while the path up is still being walked;
 * the levels and their documents are read side by side. Readable from the management or a
 * delegated-admin account only; elsewhere the chain is unknown with why.
 */
final class OrgReads {
    private final AwsPerspective p;
    private final Executor executor;

    OrgReads(AwsPerspective p, Executor executor) {
        this.p = p;
        this.executor = executor;
    }

    /** DescribeOrganization: absent when the account is in no organization. */
    Fact<Reads.Organization> organization() {
        return ReadCall.read(p, null, "the organization (organizations:DescribeOrganization)", () -> {
            try {
                var o = p.organizations().describeOrganization().organization();
                return Fact.known(new Reads.Organization(o.id(), o.masterAccountId()));
            } catch (AwsOrganizationsNotInUseException e) {
                return Fact.absent();
            }
        });
    }

    /** The chain for {@code account}; refs are keyed {@code PLACE[level][index]}. */
    CompletableFuture<Fact<Reads.OrgChain>> chain(String account, PolicyType type, String place) {
        String what = type == PolicyType.SERVICE_CONTROL_POLICY ? "SCPs" : "RCPs";
        String hint = what + " are readable only from the organization's management or delegated-admin account";
        CompletableFuture<Fact<List<Reads.NamedPolicy>>> own = level(account, type, what, hint);
        return path(account, hint).thenCompose(targets -> {
            if (!targets.isKnown()) return CompletableFuture.completedFuture(targets.map(x -> (Reads.OrgChain) null));
            List<String> t = targets.orNull();
            List<CompletableFuture<Fact<List<Reads.NamedPolicy>>>> levels = new ArrayList<>();
            for (String target : t) levels.add(target.equals(account) ? own : level(target, type, what, hint));
            return CompletableFuture.allOf(levels.toArray(CompletableFuture[]::new))
                    .thenApply(v -> assemble(t, levels, place));
        });
    }

    private static Fact<Reads.OrgChain> assemble(
            List<String> targets, List<CompletableFuture<Fact<List<Reads.NamedPolicy>>>> levels, String place) {
        List<OrgPolicyLevel> out = new ArrayList<>();
        Map<String, PolicyRef> refs = new LinkedHashMap<>();
        for (int l = 0; l < targets.size(); l++) {
            Fact<List<Reads.NamedPolicy>> f = levels.get(l).join();
            if (f.isUnknown()) return Fact.unknown(((Fact.Unknown<?>) f).reason());
            List<Reads.NamedPolicy> docs = f.orElse(List.of());
            for (int i = 0; i < docs.size(); i++)
                refs.put(place + "[" + l + "][" + i + "]", docs.get(i).ref());
            out.add(new OrgPolicyLevel(
                    targets.get(l),
                    docs.stream().map(Reads.NamedPolicy::document).toList()));
        }
        return Fact.known(new Reads.OrgChain(out, refs));
    }

    /** The targets from the root down to {@code account}. */
    private CompletableFuture<Fact<List<String>>> path(String child, String hint) {
        return async(
                        hint,
                        () -> Fact.known(p.organizations().listParentsPaginator(b -> b.childId(child)).stream()
                                .flatMap(r -> r.parents().stream())
                                .toList()))
                .thenCompose(parents -> {
                    if (!parents.isKnown())
                        return CompletableFuture.completedFuture(parents.map(x -> List.<String>of()));
                    if (parents.orNull().isEmpty())
                        return CompletableFuture.completedFuture(Fact.known(List.of(child)));
                    Parent parent = parents.orNull().get(0);
                    if (parent.type() == ParentType.ROOT)
                        return CompletableFuture.completedFuture(Fact.known(List.of(parent.id(), child)));
                    return path(parent.id(), hint)
                            .thenApply(up -> up.map(l -> {
                                List<String> all = new ArrayList<>(l);
                                all.add(child);
                                return all;
                            }));
                });
    }

    /** One level: the policies attached to a target, each described, side by side. */
    private CompletableFuture<Fact<List<Reads.NamedPolicy>>> level(
            String target, PolicyType type, String what, String hint) {
        String kind = type == PolicyType.SERVICE_CONTROL_POLICY ? "scp" : "rcp";
        return async(
                        hint,
                        () ->
                                Fact.known(p
                                        .organizations()
                                        .listPoliciesForTargetPaginator(
                                                b -> b.targetId(target).filter(type))
                                        .stream()
                                        .flatMap(r -> r.policies().stream())
                                        .toList()))
                .thenCompose(list -> {
                    if (!list.isKnown())
                        return CompletableFuture.completedFuture(list.map(x -> List.<Reads.NamedPolicy>of()));
                    List<CompletableFuture<Fact<Reads.NamedPolicy>>> docs = new ArrayList<>();
                    for (PolicySummary s : list.orNull()) {
                        docs.add(async(
                                hint,
                                () -> Fact.known(new Reads.NamedPolicy(
                                        PolicyRef.organization(kind, s.name(), s.id()),
                                        PolicyParser.parse(
                                                p.organizations()
                                                        .describePolicy(b -> b.policyId(s.id()))
                                                        .policy()
                                                        .content(),
                                                what + " " + s.name())))));
                    }
                    return CompletableFuture.allOf(docs.toArray(CompletableFuture[]::new))
                            .thenApply(v -> {
                                List<Reads.NamedPolicy> out = new ArrayList<>();
                                for (var d : docs) {
                                    Fact<Reads.NamedPolicy> f = d.join();
                                    if (f.isUnknown()) return Fact.unknown(((Fact.Unknown<?>) f).reason());
                                    out.add(f.orNull());
                                }
                                return Fact.known(out);
                            });
                });
    }

    private <T> CompletableFuture<Fact<T>> async(String hint, Supplier<Fact<T>> call) {
        return ReadCall.async(p, executor, hint, call);
    }
}
