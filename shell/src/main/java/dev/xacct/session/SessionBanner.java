package dev.xacct.session;

import dev.xacct.shell.BannerSource;
import java.util.ArrayList;
import java.util.List;

/** Says which identity the shell starts on, from settings only (no AWS call at start-up). */
public final class SessionBanner implements BannerSource {

    private final AwsSettings settings;

    public SessionBanner(AwsSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (settings.profile().isPresent()) {
            lines.add("AWS identity: profile " + settings.profile().get()
                    + " (asked for on first use; 'whoami' shows it).");
        } else if (settings.credentialsLikelyAbsent()) {
            lines.add("AWS identity: none found. Configure credentials ('aws configure', 'aws sso login', AWS_PROFILE) "
                    + "or start with --profile P; 'use PROFILE' opens one.");
        } else {
            lines.add("AWS identity: the default credential chain ('whoami' shows it).");
        }
        settings.endpoint().ifPresent(e -> lines.add("AWS endpoint: " + e + " (every service)"));
        return lines;
    }
}
