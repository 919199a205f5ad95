package dev.xacct.query.fanout;

import dev.xacct.query.athena.AthenaSettings;
import dev.xacct.session.AccountChecker;
import dev.xacct.session.AwsClients;
import dev.xacct.session.OrgAccount;
import dev.xacct.session.Session;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.athena.model.TableMetadata;

/**
 * Gathers what {@link OrganizationTrail#advise} decides on, as the caller's session: the table's
 * LOCATION (Athena GetTableMetadata in the caller's {@code athena config}), the caller's
 * organization (DescribeOrganization) and its accounts (ListAccounts). Best effort: a fact that
 * cannot be read (no permission, not in an organization, no such table) stays unknown, and an
 * unknown fact means no notice.
 *
 * <pre>{@code
 * OrganizationTrail.advise(new OrganizationTrailFacts(clients).gather(session, settings, "cloudtrail", accounts, wholeOrg))
 *         .ifPresent(io.err()::println);
 * }</pre>
 */
public final class OrganizationTrailFacts {

    private final AwsClients clients;

    public OrganizationTrailFacts(AwsClients clients) {
        this.clients = clients;
    }

    /**
     * @param table          the table the query reads: {@code NAME} (in the settings' database) or {@code DATABASE.NAME}
     * @param targetAccounts the fan-out's accounts (for {@code org}, the resolved list)
     */
    public OrganizationTrail.Facts gather(
            Session caller,
            AthenaSettings settings,
            String table,
            List<String> targetAccounts,
            boolean wholeOrganization) {
        String name = table.strip().replace("\"", "").replace("`", "");
        String database = settings.database();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            database = name.substring(0, dot);
            name = name.substring(dot + 1);
        }
        return new OrganizationTrail.Facts(
                name,
                location(caller, settings, database, name),
                organizationId(caller),
                members(caller),
                targetAccounts,
                wholeOrganization);
    }

    private Optional<String> location(Session caller, AthenaSettings settings, String database, String name) {
        try {
            TableMetadata metadata = clients.athena(caller)
                    .getTableMetadata(b -> b.catalogName(settings.catalog())
                            .databaseName(database)
                            .tableName(name))
                    .tableMetadata();
            return Optional.ofNullable(metadata.parameters().get("location")).filter(l -> !l.isBlank());
        } catch (SdkException unknown) {
            return Optional.empty();
        }
    }

    private Optional<String> organizationId(Session caller) {
        try {
            return Optional.ofNullable(clients.organizations(caller)
                    .describeOrganization()
                    .organization()
                    .id());
        } catch (SdkException unknown) {
            return Optional.empty();
        }
    }

    private Set<String> members(Session caller) {
        try {
            return new AccountChecker(clients)
                    .list(caller).stream().map(OrgAccount::id).collect(Collectors.toSet());
        } catch (RuntimeException unknown) { // SdkException, or the UserError of an account outside any organization
            return Set.of();
        }
    }
}
