package dev.xacct.s3.gather;

import dev.xacct.policy.PolicyDocument;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.session.Assumer;
import dev.xacct.session.AwsClients;
import dev.xacct.session.RoleReference;
import dev.xacct.session.Session;
import dev.xacct.session.SessionManager;
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
 * current session for this diagnosis. Clients come from the one session client factory.
 */
@Component
public class SessionPerspectives implements PerspectiveSource {

    private final SessionManager sessions;

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
                aliasOrRole, java.util.Optional.of(sessions.identify(current).account()), "aws");
        Session owner = sessions.assumeUnlisted(current, role, Assumer.Options.none());
        sessions.rememberRole(role.arn());
        return new SessionPerspective(sessions, owner);
    }

    private record SessionPerspective(SessionManager sessions, Session session) implements AwsPerspective {

        private AwsClients clients() {
            return sessions.clients();
        }

        @Override
        public String name() {
            return session.alias();
        }

        @Override
        public String account() {
            return sessions.identify(session).account();
        }

        @Override
        public String arn() {
            return sessions.identify(session).arn();
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
            String arn = arn();
            if (arn.contains(":user/") || arn.endsWith(":root")) {
                return Fact.absent();
            }
            // AWS does not report a session policy back; xacct passes none unless --policy was given.
            return Fact.unknown("a session policy given when " + arn + " was started cannot be read back from AWS");
        }
    }
}
