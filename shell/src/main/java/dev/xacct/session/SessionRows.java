package dev.xacct.session;

import dev.xacct.render.Column;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Sessions and profiles as the rows {@code whoami}, {@code sessions} and {@code profiles} print,
 * and the one line that confirms a change of session. Nothing secret: access key ids are masked,
 * credentials are never read for display.
 */
public final class SessionRows {

    /** {@code profiles}: one row per profile of the AWS CLI's files. */
    public static final List<Column> PROFILE_COLUMNS = List.of(
            Column.text("name"),
            Column.text("kind"),
            Column.text("role"),
            Column.text("source"),
            Column.text("mfa"),
            Column.text("region"),
            Column.text("sso"));

    /** {@code sessions --format json}: every field, {@code current} a boolean. */
    public static final List<Column> SESSION_JSON_COLUMNS = List.of(
            Column.text("alias"),
            Column.text("account"),
            Column.text("arn"),
            Column.text("role"),
            Column.text("source"),
            Column.text("region"),
            Column.text("expires"),
            Column.text("expiresIn"),
            new Column("current", "boolean"));

    /** {@code sessions} in the other formats: {@code *} marks the current one. */
    public static final List<Column> SESSION_COLUMNS = List.of(
            Column.text("current"),
            Column.text("alias"),
            Column.text("account"),
            Column.text("role"),
            Column.text("source"),
            Column.text("region"),
            Column.text("expires in"));

    private SessionRows() {}

    /**
     * {@code whoami}: the session as one record, who it is as STS answered; {@code expiresIn}
     * counted from {@code now}; the STS endpoint when one was set.
     */
    public static Map<String, Object> whoami(SessionManager manager, Session session, Identity identity, Instant now) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("alias", session.alias());
        record.put("account", identity.account());
        record.put("arn", identity.arn());
        record.put("userId", identity.userId().orElse(null));
        record.put("role", identity.principalName());
        record.put("region", session.region().id());
        record.put(
                "source",
                session.source()
                        + session.credentials()
                                .origin()
                                .filter(p ->
                                        session.kind() == Session.Kind.BASE || session.kind() == Session.Kind.PROFILE)
                                .map(p -> " (" + p + ")")
                                .orElse(""));
        record.put("expires", session.expires().map(Object::toString).orElse(null));
        record.put("expiresIn", expiresIn(session, now));
        record.put("accessKeyId", session.credentials().maskedAccessKeyId());
        manager.clients().endpointOf(session, StsClient.class).ifPresent(e -> record.put("endpoint", e.toString()));
        return record;
    }

    /** {@code sessions --format json}: every listed session, in the order opened (see {@link #SESSION_JSON_COLUMNS}). */
    public static List<Map<String, Object>> sessions(SessionManager manager, Instant now) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Session s : manager.all()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("current", manager.isCurrent(s));
            row.put("alias", s.alias());
            row.put("account", s.account().orElse(null));
            row.put("role", s.identity().map(Identity::principalName).orElse(null));
            row.put("arn", s.identity().map(Identity::arn).orElse(null));
            row.put("source", s.source());
            row.put("region", s.region().id());
            row.put("expires", s.expires().map(Object::toString).orElse(null));
            row.put("expiresIn", expiresIn(s, now));
            rows.add(row);
        }
        return rows;
    }

    /** The rows of {@link #sessions} for a table: {@code *} for the current one, {@code expires in} (see {@link #SESSION_COLUMNS}). */
    public static List<Map<String, Object>> shown(List<Map<String, Object>> sessions) {
        return sessions.stream()
                .map(r -> {
                    Map<String, Object> row = new LinkedHashMap<>(r);
                    row.put("current", Boolean.TRUE.equals(r.get("current")) ? "*" : "");
                    row.put("expires in", r.get("expiresIn"));
                    return row;
                })
                .toList();
    }

    /** {@code profiles}: a profile as a row (see {@link #PROFILE_COLUMNS}). */
    public static Map<String, Object> profile(AwsProfile p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", p.name());
        row.put("kind", p.kind());
        row.put("role", p.roleArn().orElse(null));
        row.put("source", p.source().isEmpty() ? null : p.source());
        row.put("mfa", p.mfaSerial().orElse(null));
        row.put("region", p.region().orElse(null));
        row.put("sso", p.sso().orElse(null));
        return row;
    }

    /** {@code 'prod' (111111111111/Admin), expires in 59m}: how a change of session is confirmed. */
    public static String describe(Session s, Instant now) {
        return "'" + s.alias() + "'"
                + s.identity()
                        .map(i -> " (" + i.account() + "/" + i.principalName() + ")")
                        .orElse("")
                + s.expires()
                        .map(e -> ", expires in " + SessionDurations.remaining(e, now))
                        .orElse("");
    }

    private static String expiresIn(Session s, Instant now) {
        return s.expires().map(e -> SessionDurations.remaining(e, now)).orElse(null);
    }
}
