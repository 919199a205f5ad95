package dev.xacct.s3.authz;

import java.util.List;

/** A fix: catalogue id (see {@link RemedyCatalogue}), the account that must run it, real CLI commands. */
public record Remedy(String id, String title, String runAs, List<String> commands) {
    public Remedy {
        commands = List.copyOf(commands);
    }
}
