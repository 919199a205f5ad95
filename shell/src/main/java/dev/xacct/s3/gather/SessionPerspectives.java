package dev.xacct.s3.gather;

import dev.xacct.policy.PolicyDocument;
import dev.xacct.policy.PolicyParser;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.session.Assumer;
import dev.xacct.session.AwsClients;
import dev.xacct.session.Identity;
import dev.xacct.session.RoleReference;
import dev.xacct.session.Session;
import dev.xacct.session.SessionManager;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The perspectives of {@code s3 diagnose}: the current session, and with {@code --owner} a
 * session in the bucket owner's account — an open session's alias, or a role assumed from the
 * current session (kept for the run, so a second diagnosis reuses it and its clients). Clients
 * come from the one session client factory; a session's identity is asked of STS once.
 * <p>The session policy: a session xacct assumed carries what xacct passed (none, or the
 * {@code --policy} file); IAM users, root and GetSessionToken sessions have none; only a role
 * session started outside xacct has one nobody can read back.
 */
@Component
public class SessionPerspectives implements PerspectiveSource {

    private final SessionManager sessions;
    private final Map<String, Session> assumedOwners = new ConcurrentHashMap<>();

    public SessionPerspectives(SessionManager sessions) {
        this.sessions = sessions;
    }

    @Override
    public AwsPerspective current() {
        return new SessionPerspective(sessions, sessions.current());
    }

    @Override
    public AwsPerspective owner(String aliasOrRole) {
        if (sessions.aliases().contains(aliasOrRole)) {
            return new SessionPerspective(sessions, sessions.find(aliasOrRole));
        }
        Session current = sessions.current();
        RoleReference role = RoleReference.parse(
                aliasOrRole, Optional.of(sessions.identityOf(current).account()), "aws");
        Session owner = assumedOwners.computeIfAbsent(
                current.id() + " " + role.arn(), k -> sessions.assumeUnlisted(current, role, Assumer.Options.none()));
        sessions.rememberRole(role.arn());
        return new SessionPerspective(sessions, owner);
    }

    private static final class SessionPerspective implements AwsPerspective {
        private final SessionManager sessions;
        private final Session session;
        private volatile Identity identity;

        SessionPerspective(SessionManager sessions, Session session) {
            this.sessions = sessions;
            this.session = session;
        }

        private AwsClients clients() {
            return sessions.clients();
        }

        private Identity identity() {
            Identity i = identity;
            if (i == null) {
                i = Failures.identity(this, () -> sessions.identityOf(session));
                identity = i;
            }
            return i;
        }

        @Override
        public String name() {
            return session.alias();
        }

        @Override
        public String account() {
            return identity().account();
        }

        @Override
        public String arn() {
            return identity().arn();
        }

        @Override
        public S3Client s3() {
            return clients().s3(session);
        }

        @Override
        public IamClient iam() {
            return clients().iam(session);
        }

        @Override
        public KmsClient kms(String keyRegion) {
            return keyRegion == null
                    ? clients().kms(session)
                    : clients().get(session, KmsClient.class, Region.of(keyRegion));
        }

        @Override
        public OrganizationsClient organizations() {
            return clients().organizations(session);
        }

        @Override
        public StsClient sts() {
            return clients().sts(session);
        }

        @Override
        public Fact<PolicyDocument> sessionPolicy() {
            if (sessions.knowsSessionPolicy(session)) {
                return sessions.sessionPolicyPassed(session)
                        .map(p -> Fact.known(PolicyParser.parse(p, "the session policy xacct passed")))
                        .orElse(Fact.absent());
            }
            String arn = arn();
            if (!arn.contains(":assumed-role/")) return Fact.absent(); // users, root, GetSessionToken sessions
            return Fact.unknown("the session " + arn + " was started outside xacct, and AWS does not tell a session"
                    + " policy back; no command can read it");
        }
    }
}
