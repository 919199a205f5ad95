package dev.xacct.session;

import dev.xacct.shell.Suggestions;
import dev.xacct.shell.UserError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The profiles of {@code ~/.aws/config} and {@code ~/.aws/credentials} (or {@code AWS_CONFIG_FILE}
 * / {@code AWS_SHARED_CREDENTIALS_FILE}), read through the SDK's {@link ProfileFile} each time
 * they are asked for, so edits show up without restarting the shell.
 */
public final class ProfileCatalog {

    private final Supplier<ProfileFile> files;

    public ProfileCatalog(Supplier<ProfileFile> files) {
        this.files = files;
    }

    /** The SDK's default files, honouring {@code AWS_CONFIG_FILE} and {@code AWS_SHARED_CREDENTIALS_FILE}. */
    public static ProfileCatalog defaultFiles() {
        return new ProfileCatalog(ProfileFile::defaultProfileFile);
    }

    public ProfileFile file() {
        try {
            return files.get();
        } catch (RuntimeException e) {
            throw new UserError("cannot read the AWS config files: " + e.getMessage(), e);
        }
    }

    public List<AwsProfile> all() {
        List<AwsProfile> profiles = new ArrayList<>();
        for (Map.Entry<String, Profile> entry : file().profiles().entrySet()) {
            profiles.add(new AwsProfile(
                    entry.getKey(), new LinkedHashMap<>(entry.getValue().properties())));
        }
        profiles.sort(Comparator.comparing(AwsProfile::name));
        return profiles;
    }

    public List<String> names() {
        return all().stream().map(AwsProfile::name).toList();
    }

    public Optional<AwsProfile> find(String name) {
        return file().profile(name).map(p -> new AwsProfile(name, p.properties()));
    }

    /** The profile, or a one-line error naming the closest profiles. */
    public AwsProfile require(String name) {
        return find(name)
                .orElseThrow(() -> new UserError("no profile '" + name + "'"
                        + Suggestions.didYouMean(name, names(), 3)
                                .orElse(
                                        names().isEmpty()
                                                ? "; no profiles are configured (see 'aws configure')"
                                                : "; profiles: " + String.join(", ", names()))));
    }
}
