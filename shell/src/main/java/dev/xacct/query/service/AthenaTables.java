package dev.xacct.query.service;

import dev.xacct.XacctHome;
import dev.xacct.plugin.TableLocations;
import dev.xacct.plugin.api.TableLocation;
import dev.xacct.query.QueryFailedException;
import dev.xacct.query.athena.AthenaEngine;
import dev.xacct.query.athena.CloudTrailLocation;
import dev.xacct.shell.UserError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code table create KIND}: the kind's DDL run on Athena, then where its logs are remembered for
 * the cost guard: CloudTrail's {@code s3://…/AWSLogs/[o-ORG/]} in {@code athena config}, any other
 * kind's location and layout in {@code $XACCT_HOME/tables.properties} ({@link TableLocations}).
 */
@Component
public class AthenaTables {

    private final QueryRunner runner;
    private final QueryEngines engines;

    public AthenaTables(QueryRunner runner, QueryEngines engines) {
        this.runner = runner;
        this.engines = engines;
    }

    /** Where a kind's table locations are kept. */
    public static TableLocations locations() {
        return new TableLocations(XacctHome.path().resolve("tables.properties"));
    }

    /**
     * Runs the statements as the current session, in order, and saves the location.
     *
     * @param trail     for a CloudTrail table, its {@code s3://…/AWSLogs/[o-ORG/]} location
     * @param kind      the kind's name, for any other table
     * @throws QueryFailedException when Athena refuses a statement
     * @throws UserError            when the location cannot be saved
     */
    public void create(
            List<String> ddl, String table, String kind, TableLocation location, Optional<CloudTrailLocation> trail) {
        for (String statement : ddl) {
            runner.execute(AthenaEngine.NAME, statement);
        }
        if (trail.isPresent()) {
            engines.saveAthenaConfig(engines.athenaConfig().withCloudTrail(trail.get()));
            return;
        }
        Path file = XacctHome.path().resolve("tables.properties");
        try {
            locations().put(new TableLocations.Entry(table, kind, location));
        } catch (IOException e) {
            throw new UserError("created the table, but cannot save where its logs are in " + file
                    + " (the cost guard needs it): " + e.getMessage());
        }
    }
}
