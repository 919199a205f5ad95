package dev.xacct.policy;

import dev.xacct.aws.AccountId;
import dev.xacct.aws.Arns;
import java.util.List;

/** Matches a Principal / NotPrincipal element against the caller (IAM, "Principal element"). */
public final class PrincipalMatcher {
    private PrincipalMatcher() {}

    public static PrincipalMatch match(PrincipalBlock block, Caller caller) {
        if (block.ids("*").contains("*")) return PrincipalMatch.EVERYONE;
        PrincipalMatch best = PrincipalMatch.NONE;
        for (String id : block.ids("AWS")) {
            best = better(best, matchAws(id, caller));
        }
        if (caller.isService() && block.ids("Service").stream().anyMatch(s -> s.equalsIgnoreCase(caller.arn()))) {
            best = better(best, PrincipalMatch.SERVICE);
        }
        if (caller.kind() == Caller.Kind.FEDERATED && block.ids("Federated").contains(caller.arn())) {
            best = better(best, PrincipalMatch.PRINCIPAL);
        }
        return best;
    }

    /** NotPrincipal: the statement applies to everyone the list does not name. */
    public static PrincipalMatch matchNot(PrincipalBlock block, Caller caller) {
        return match(block, caller).matched() ? PrincipalMatch.NONE : PrincipalMatch.EVERYONE;
    }

    private static PrincipalMatch matchAws(String id, Caller caller) {
        if (id.equals("*")) return PrincipalMatch.EVERYONE;
        if (caller.isAnonymous() || caller.isService()) return PrincipalMatch.NONE;
        String account = null;
        if (AccountId.isValid(id)) account = id;
        else if (Arns.service(id).orElse("").equals("iam")
                && Arns.parse(id).map(a -> a.resourceAsString().equals("root")).orElse(false))
            account = Arns.accountId(id).orElse(null);
        if (account != null) return account.equals(caller.account()) ? PrincipalMatch.ACCOUNT : PrincipalMatch.NONE;
        // Role and user ARNs match the role of a session (aws:PrincipalArn) or the user itself;
        // a session ARN matches only that session.
        for (String candidate : List.of(caller.arn(), caller.principalArn())) {
            if (id.equals(candidate)) return PrincipalMatch.PRINCIPAL;
        }
        return PrincipalMatch.NONE;
    }

    private static PrincipalMatch better(PrincipalMatch a, PrincipalMatch b) {
        return b.ordinal() > a.ordinal() ? b : a;
    }
}
