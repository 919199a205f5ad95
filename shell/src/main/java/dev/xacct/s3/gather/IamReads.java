package dev.xacct.s3.gather;

import dev.xacct.aws.Arns;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.PolicyRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPermissionsBoundary;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;

/**
 * The caller's own IAM policies, read as the caller, named ({@code inline policy 'x' on role R},
 * {@code managed policy 'y'}), with as few dependent round trips as IAM allows: the lists and the
 * boundary first, side by side; then every inline document and every managed policy's default
 * version id; then the managed documents. A user's groups add one level. Roles and users only:
 * the root user has no IAM policies to read.
 */
final class IamReads {
    private final AwsPerspective p;
    private final Executor executor;

    IamReads(AwsPerspective p, Executor executor) {
        this.p = p;
        this.executor = executor;
    }

    CompletableFuture<Reads.IamFacts> read() {
        String arn = p.arn();
        String type = Arns.resourceType(arn).orElse("");
        if (type.equals("assumed-role") || type.equals("role")) {
            String role = Arns.roleName(arn).orElseThrow();
            return of(
                    "role " + role,
                    () -> iam().getRole(b -> b.roleName(role)).role().permissionsBoundary(),
                    () -> iam().listRolePoliciesPaginator(b -> b.roleName(role)).policyNames().stream()
                            .toList(),
                    () -> iam().listAttachedRolePoliciesPaginator(b -> b.roleName(role)).attachedPolicies().stream()
                            .toList(),
                    name -> iam().getRolePolicy(b -> b.roleName(role).policyName(name))
                            .policyDocument(),
                    CompletableFuture.completedFuture(Fact.known(List.of())));
        }
        if (type.equals("user")) {
            String user = Arns.resourceName(arn).orElseThrow();
            return of(
                    "user " + user,
                    () -> iam().getUser(b -> b.userName(user)).user().permissionsBoundary(),
                    () -> iam().listUserPoliciesPaginator(b -> b.userName(user)).policyNames().stream()
                            .toList(),
                    () -> iam().listAttachedUserPoliciesPaginator(b -> b.userName(user)).attachedPolicies().stream()
                            .toList(),
                    name -> iam().getUserPolicy(b -> b.userName(user).policyName(name))
                            .policyDocument(),
                    groups(user));
        }
        String why = arn.endsWith(":root")
                ? "the caller is the account root user, which has no IAM policies to read"
                : "xacct reads IAM policies of roles and users only, not of " + arn;
        return CompletableFuture.completedFuture(new Reads.IamFacts(Fact.unknown(why), Fact.unknown(why)));
    }

    private IamClient iam() {
        return p.iam();
    }

    private CompletableFuture<Reads.IamFacts> of(
            String who,
            Supplier<AttachedPermissionsBoundary> boundary,
            Supplier<List<String>> inlineNames,
            Supplier<List<AttachedPolicy>> attached,
            java.util.function.Function<String, String> inlineDocument,
            CompletableFuture<Fact<List<Reads.NamedPolicy>>> groupPolicies) {
        String hint = "the caller may not read its own IAM policies (" + who
                + ": iam:GetRole/GetUser, List*Policies, GetPolicy, GetPolicyVersion)";
        CompletableFuture<Fact<Reads.NamedPolicy>> boundaryDoc = async(hint, () -> {
                    AttachedPermissionsBoundary b = boundary.get();
                    return b == null || b.permissionsBoundaryArn() == null
                            ? Fact.<String>absent()
                            : Fact.known(b.permissionsBoundaryArn());
                })
                .thenCompose(f -> f.isKnown() ? managed(hint, f.orNull(), null) : done(f.map(x -> null)));
        CompletableFuture<Fact<List<Reads.NamedPolicy>>> inline = async(hint, () -> Fact.known(inlineNames.get()))
                .thenCompose(f -> each(
                        f,
                        name -> async(
                                hint,
                                () -> Fact.known(new Reads.NamedPolicy(
                                        PolicyRef.inline(name, who),
                                        IamDocuments.parse(inlineDocument.apply(name), "inline policy " + name))))));
        CompletableFuture<Fact<List<Reads.NamedPolicy>>> managedDocs = async(hint, () -> Fact.known(attached.get()))
                .thenCompose(f -> each(f, a -> managed(hint, a.policyArn(), a.policyName())));
        return inline.thenCombine(managedDocs, IamReads::concat)
                .thenCombine(groupPolicies, IamReads::concat)
                .thenCombine(boundaryDoc, Reads.IamFacts::new);
    }

    /** A user's groups: each group's inline and attached policies. */
    private CompletableFuture<Fact<List<Reads.NamedPolicy>>> groups(String user) {
        String hint = "the caller may not read its groups' policies (iam:ListGroupsForUser, List*GroupPolicies)";
        return async(
                        hint,
                        () -> Fact.known(iam().listGroupsForUserPaginator(b -> b.userName(user)).groups().stream()
                                .map(g -> g.groupName())
                                .toList()))
                .thenCompose(f -> each(f, group -> groupPolicies(hint, group)))
                .thenApply(IamReads::flatten);
    }

    private CompletableFuture<Fact<List<Reads.NamedPolicy>>> groupPolicies(String hint, String group) {
        CompletableFuture<Fact<List<Reads.NamedPolicy>>> inline = async(
                        hint,
                        () -> Fact.known(
                                iam().listGroupPoliciesPaginator(b -> b.groupName(group)).policyNames().stream()
                                        .toList()))
                .thenCompose(n -> each(
                        n,
                        name -> async(
                                hint,
                                () -> Fact.known(new Reads.NamedPolicy(
                                        PolicyRef.inline(name, "group " + group),
                                        IamDocuments.parse(
                                                iam().getGroupPolicy(b -> b.groupName(group)
                                                                .policyName(name))
                                                        .policyDocument(),
                                                "group " + group + " inline policy " + name))))));
        CompletableFuture<Fact<List<Reads.NamedPolicy>>> attached = async(
                        hint,
                        () -> Fact.known(
                                iam()
                                        .listAttachedGroupPoliciesPaginator(b -> b.groupName(group))
                                        .attachedPolicies()
                                        .stream()
                                        .toList()))
                .thenCompose(a -> each(a, x -> managed(hint, x.policyArn(), x.policyName())));
        return inline.thenCombine(attached, IamReads::concat);
    }

    /** A managed policy's default version: GetPolicy, then GetPolicyVersion. */
    private CompletableFuture<Fact<Reads.NamedPolicy>> managed(String hint, String arn, String name) {
        String policyName = name != null ? name : Arns.resourceName(arn).orElse(arn);
        return async(
                        hint,
                        () -> Fact.known(
                                iam().getPolicy(b -> b.policyArn(arn)).policy().defaultVersionId()))
                .thenCompose(v -> v.isKnown()
                        ? async(
                                hint,
                                () -> Fact.known(new Reads.NamedPolicy(
                                        PolicyRef.managed(policyName, arn),
                                        IamDocuments.parse(
                                                iam().getPolicyVersion(b ->
                                                                b.policyArn(arn).versionId(v.orNull()))
                                                        .policyVersion()
                                                        .document(),
                                                "managed policy " + policyName))))
                        : done(v.map(x -> null)));
    }

    private <T> CompletableFuture<Fact<T>> async(String hint, Supplier<Fact<T>> call) {
        return ReadCall.async(p, executor, hint, call);
    }

    private static <T> CompletableFuture<Fact<T>> done(Fact<T> f) {
        return CompletableFuture.completedFuture(f);
    }

    /** Runs {@code read} for every element of a known list, side by side; unknown when any is. */
    private static <A, T> CompletableFuture<Fact<List<T>>> each(
            Fact<List<A>> list, java.util.function.Function<A, CompletableFuture<Fact<T>>> read) {
        if (!list.isKnown()) return done(list.map(x -> List.of()));
        List<CompletableFuture<Fact<T>>> all = list.orNull().stream().map(read).toList();
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenApply(v -> {
            List<T> out = new ArrayList<>();
            for (CompletableFuture<Fact<T>> f : all) {
                Fact<T> one = f.join();
                if (one.isUnknown()) return Fact.unknown(((Fact.Unknown<T>) one).reason());
                if (one.isKnown()) out.add(one.orNull());
            }
            return Fact.known(out);
        });
    }

    private static Fact<List<Reads.NamedPolicy>> concat(
            Fact<List<Reads.NamedPolicy>> a, Fact<List<Reads.NamedPolicy>> b) {
        if (a.isUnknown()) return a;
        if (b.isUnknown()) return b;
        List<Reads.NamedPolicy> out = new ArrayList<>(a.orElse(List.of()));
        out.addAll(b.orElse(List.of()));
        return Fact.known(out);
    }

    private static Fact<List<Reads.NamedPolicy>> flatten(Fact<List<List<Reads.NamedPolicy>>> f) {
        if (!f.isKnown()) return f.map(x -> List.of());
        List<Reads.NamedPolicy> out = new ArrayList<>();
        f.orNull().forEach(out::addAll);
        return Fact.known(out);
    }
}
