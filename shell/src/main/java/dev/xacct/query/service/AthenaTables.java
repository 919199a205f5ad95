package dev.xacct.query.service;

import dev.xacct.query.QueryFailedException;
import dev.xacct.query.athena.AthenaEngine;
import dev.xacct.query.athena.CloudTrailLocation;
import dev.xacct.shell.UserError;
import dev.xacct.template.ddl.CloudTrailTableDdl;
import org.springframework.stereotype.Component;

/** {@code table create cloudtrail}: the table's DDL run on Athena, then its location remembered for the cost guard. */
@Component
public class AthenaTables {

    private final QueryRunner runner;
    private final QueryEngines engines;

    public AthenaTables(QueryRunner runner, QueryEngines engines) {
        this.runner = runner;
        this.engines = engines;
    }

    /**
     * Creates the table as the current session and saves its {@code s3://…/AWSLogs/[o-ORG/]}
     * location in {@code athena config}, so that scans over it are estimated.
     *
     * @throws QueryFailedException when Athena refuses the DDL
     * @throws UserError            when the configuration cannot be saved
     */
    public void create(CloudTrailTableDdl ddl) {
        runner.execute(AthenaEngine.NAME, ddl.ddl());
        engines.saveAthenaConfig(engines.athenaConfig().withCloudTrail(CloudTrailLocation.parse(ddl.location())));
    }
}
