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
            lines.add("AWS identity: none found. Configure credentials ('aws configure', 'sso login', AWS_PROFILE) "
                    + "or start with --profile P; 'use PROFILE' opens one.");
        } else if (settings.environmentKeys()) {
            lines.add("AWS identity: the environment's keys (AWS_ACCESS_KEY_ID)"
                    + settings.shadowedProfile()
                            .map(p -> "; AWS_PROFILE=" + p + " is not used while they are set (--profile " + p
                                    + " would be)")
                            .orElse("")
                    + ".");
        } else {
            lines.add("AWS identity: the default credential chain ('whoami' shows it).");
        }
        boolean explicit = settings.explicitEndpoint().isPresent();
        var perService = explicit ? java.util.Map.<String, String>of() : settings.serviceEndpoints();
        settings.endpoint()
                .ifPresent(e -> lines.add("AWS endpoint: " + e + " (every service"
                        + (perService.isEmpty() ? "" : " but those below") + ")"));
        perService.forEach((service, url) ->
                lines.add("AWS endpoint for " + service + ": " + url + " (AWS_ENDPOINT_URL_" + service + ")"));
        return lines;
    }
}
