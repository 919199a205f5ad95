package dev.xacct.session.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.shell.PrivateFiles;
import dev.xacct.shell.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The AWS CLI's IAM Identity Center cache, {@code ~/.aws/sso/cache}, shared both ways with
 * {@code aws sso login} and the SDKs. Formats as the AWS CLI v2 writes them
 * ({@code awscli/customizations/sso/utils.py} and {@code botocore/utils.py}, v2 branch):
 *
 * <ul>
 *   <li>the token: {@code <sha1(session name or start URL)>.json} holding {@code startUrl},
 *       {@code region}, {@code accessToken}, {@code expiresAt}, {@code clientId},
 *       {@code clientSecret}, {@code registrationExpiresAt} and, with scopes, {@code refreshToken};
 *   <li>the client registration: {@code <sha1(json of region, scopes, session_name, startUrl,
 *       tool)>.json} holding {@code clientId}, {@code clientSecret}, {@code expiresAt} and
 *       {@code scopes};
 *   <li>times as {@code 2025-01-31T12:00:00Z}; files mode 0600.
 * </ul>
 *
 * Reading also accepts the older {@code …UTC} suffix and offsets. Files are replaced atomically,
 * so {@code aws} never reads half a token. Nothing here prints a token.
 */
public final class SsoTokenCache {

    private static final DateTimeFormatter CLI_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;

    /** @param folder {@code ~/.aws/sso/cache} ({@code AwsSettings#ssoCache()}) */
    public SsoTokenCache(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Where the token of {@code config} is (or would be) cached. */
    public Path tokenFile(SsoSessionConfig config) {
        return folder.resolve(config.cacheKey() + ".json");
    }

    /** The cached token, or empty when there is none; a file that is not a token is a one-line error. */
    public Optional<SsoToken> token(SsoSessionConfig config) {
        Path file = tokenFile(config);
        Optional<JsonNode> json = read(file);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        JsonNode node = json.get();
        Optional<String> accessToken = text(node, "accessToken");
        Optional<Instant> expiresAt = text(node, "expiresAt").flatMap(SsoTokenCache::parseTime);
        if (accessToken.isEmpty() || expiresAt.isEmpty()) {
            throw new UserError("the SSO token cache file " + file + " has no accessToken or expiresAt: run '"
                    + config.loginCommand() + "'");
        }
        return Optional.of(new SsoToken(
                accessToken.get(),
                expiresAt.get(),
                text(node, "refreshToken"),
                text(node, "clientId"),
                text(node, "clientSecret"),
                text(node, "registrationExpiresAt").flatMap(SsoTokenCache::parseTime),
                text(node, "region"),
                text(node, "startUrl")));
    }

    /** Writes the token of {@code config} (mode 0600, atomically), members in the AWS CLI's order. */
    public Path store(SsoSessionConfig config, SsoToken token) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("startUrl", token.startUrl().orElse(config.startUrl()));
        members.put("region", token.region().orElse(config.region()));
        members.put("accessToken", token.accessToken());
        members.put("expiresAt", CLI_TIME.format(token.expiresAt()));
        token.clientId().ifPresent(v -> members.put("clientId", v));
        token.clientSecret().ifPresent(v -> members.put("clientSecret", v));
        token.registrationExpiresAt().ifPresent(v -> members.put("registrationExpiresAt", CLI_TIME.format(v)));
        token.refreshToken().ifPresent(v -> members.put("refreshToken", v));
        Path file = tokenFile(config);
        write(file, CliJson.object(members));
        return file;
    }

    /** Removes the cached token of {@code config}; true when there was one. */
    public boolean delete(SsoSessionConfig config) {
        return delete(tokenFile(config));
    }

    /** Removes one cache file; true when it was there. A file that cannot be removed is a one-line error. */
    public boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UserError("cannot remove " + file + ": " + reason(e), e);
        }
    }

    /** Every cached token, with its file (what {@code aws sso logout} sweeps: files holding an {@code accessToken}). */
    public List<CachedToken> tokens() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<CachedToken> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Optional<JsonNode> json;
                try {
                    json = read(file);
                } catch (UserError unreadable) {
                    continue; // not ours to judge: the CLI skips what it cannot parse too
                }
                json.flatMap(node -> text(node, "accessToken")
                                .map(token ->
                                        new CachedToken(file, token, text(node, "region"), text(node, "startUrl"))))
                        .ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new UserError("cannot list " + folder + ": " + reason(e), e);
        }
        return found;
    }

    /** A token file found by {@link #tokens()}; {@link #toString()} hides the token. */
    public record CachedToken(Path file, String accessToken, Optional<String> region, Optional<String> startUrl) {
        @Override
        public String toString() {
            return "CachedToken[" + file.getFileName() + ", " + startUrl.orElse("?") + "]";
        }
    }

    // ---- client registrations -------------------------------------------------------------

    /**
     * The registration cache key: SHA-1 of {@code {"region": …, "scopes": …, "session_name": …,
     * "startUrl": …, "tool": "botocore"}} as Python's {@code json.dumps(…, sort_keys=True)} writes it.
     */
    static String registrationKey(SsoSessionConfig config) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("region", config.region());
        args.put("scopes", config.registrationScopes().isEmpty() ? null : config.registrationScopes());
        args.put("session_name", config.name().orElse(null));
        args.put("startUrl", config.startUrl());
        args.put("tool", "botocore");
        return SsoSessionConfig.sha1(CliJson.object(args));
    }

    public Optional<ClientRegistration> registration(SsoSessionConfig config) {
        Optional<JsonNode> json;
        try {
            json = read(folder.resolve(registrationKey(config) + ".json"));
        } catch (UserError unreadable) {
            return Optional.empty(); // a registration is cheap to make again
        }
        return json.flatMap(node -> {
            Optional<String> id = text(node, "clientId");
            Optional<String> secret = text(node, "clientSecret");
            Optional<Instant> expires = text(node, "expiresAt").flatMap(SsoTokenCache::parseTime);
            if (id.isEmpty() || secret.isEmpty() || expires.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ClientRegistration(
                    id.get(), secret.get(), expires.get(), list(node, "scopes"), list(node, "grantTypes")));
        });
    }

    public void storeRegistration(SsoSessionConfig config, ClientRegistration registration) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("clientId", registration.clientId());
        members.put("clientSecret", registration.clientSecret());
        members.put("expiresAt", CLI_TIME.format(registration.expiresAt()));
        if (!registration.scopes().isEmpty()) {
            members.put("scopes", registration.scopes());
        }
        write(folder.resolve(registrationKey(config) + ".json"), CliJson.object(members));
    }

    // ---- files -------------------------------------------------------------------------------

    private Optional<JsonNode> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                throw new UserError(
                        "the SSO cache file " + file + " is not a JSON object: remove it and sign in again");
            }
            return Optional.of(node);
        } catch (IOException e) {
            // The parser's message would quote the file, token included: say only where.
            throw new UserError("cannot read the SSO cache file " + file + ": not JSON or unreadable; "
                    + "remove it and sign in again");
        }
    }

    private void write(Path file, String content) {
        Path temp = null;
        try {
            createFolder();
            temp = Files.createTempFile(
                    folder,
                    ".xacct-",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            PrivateFiles.moveOver(temp, file);
            temp = null;
        } catch (UnsupportedOperationException e) {
            throw new UserError("cannot write " + file + " privately: this file system has no POSIX permissions", e);
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + reason(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write already failed; that is what the user hears about
                }
            }
        }
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(
                    folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException raced) {
            // another process made it
        }
    }

    private static String reason(IOException e) {
        return dev.xacct.shell.FileErrors.reason(e);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() || value.asText().isEmpty()
                ? Optional.empty()
                : Optional.of(value.asText());
    }

    private static List<String> list(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<String> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(v -> items.add(v.asText()));
        }
        return items;
    }

    /** {@code 2025-01-31T12:00:00Z}, {@code …UTC} (older CLIs), offsets, fractions. */
    static Optional<Instant> parseTime(String text) {
        String value = text.strip();
        if (value.endsWith("UTC")) {
            value = value.substring(0, value.length() - 3) + "Z";
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
