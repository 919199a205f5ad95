package dev.xacct.session.sso;

import dev.xacct.shell.UsageError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ~/.aws/config} profiles for what an IAM Identity Center login grants, one per
 * account × role ({@code profiles generate}), in the form {@code aws configure sso} writes:
 *
 * <pre>
 * [profile prod.ReadOnly]
 * sso_session = corp
 * sso_account_id = 111111111111
 * sso_role_name = ReadOnly
 * </pre>
 *
 * A legacy sign-in (no sso-session) gets {@code sso_start_url} and {@code sso_region} instead of
 * {@code sso_session}. Names come from a template, {@value #DEFAULT_TEMPLATE} unless given. Pure.
 */
public final class ProfileBlocks {

    /** The default profile name: the account's name, a dot, the role. */
    public static final String DEFAULT_TEMPLATE = "{account_name}.{role_name}";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final List<String> PLACEHOLDERS = List.of("account_name", "account_id", "role_name", "sso_session");
    private static final Pattern UNSAFE = Pattern.compile("[^\\w.@+=-]+");

    /** One generated profile; {@code exists} when the config already has a profile of that name (it is left alone). */
    public record Block(String name, SsoAssignment assignment, String text, boolean exists) {}

    private ProfileBlocks() {}

    /** The default name of account × role: {@code prod.ReadOnly}. */
    public static String defaultName(SsoAccount account, String role) {
        return name(DEFAULT_TEMPLATE, account, role, Optional.empty());
    }

    /**
     * A profile (and session) name from {@code template}: {@code {account_name}}, {@code {account_id}},
     * {@code {role_name}} and {@code {sso_session}} are replaced; characters a profile or session name
     * cannot hold become {@code -}.
     */
    public static String name(String template, SsoAccount account, String role, Optional<String> ssoSession) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "account_name" ->
                    account.name() == null || account.name().isBlank() ? account.id() : account.name();
                case "account_id" -> account.id();
                case "role_name" -> role;
                case "sso_session" -> ssoSession.orElse("sso");
                default ->
                    throw new UsageError("unknown placeholder {" + m.group(1) + "} in --name: use "
                            + String.join(
                                    ", ",
                                    PLACEHOLDERS.stream()
                                            .map(p -> "{" + p + "}")
                                            .toList()));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String name = UNSAFE.matcher(out.toString().strip()).replaceAll("-");
        if (name.isEmpty() || name.replace("-", "").isEmpty()) {
            throw new UsageError("--name '" + template + "' gives an empty profile name; e.g. " + DEFAULT_TEMPLATE);
        }
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    /**
     * The blocks for {@code assignments}, in their order.
     *
     * @param role     only this role (ignoring case); empty for every role
     * @param region   the {@code region} line; empty for none
     * @param existing profile names already in the config
     */
    public static List<Block> blocks(
            List<SsoAssignment> assignments,
            SsoSessionConfig config,
            Optional<String> role,
            Optional<String> region,
            String template,
            Set<String> existing) {
        List<Block> blocks = new ArrayList<>();
        Set<String> taken = new java.util.HashSet<>();
        for (SsoAssignment a : assignments) {
            if (role.isPresent() && !a.roleName().equalsIgnoreCase(role.get())) {
                continue;
            }
            String name = name(template, a.account(), a.roleName(), config.name());
            if (!taken.add(name.toLowerCase(Locale.ROOT))) {
                throw new UsageError("--name '" + template + "' gives the name '" + name + "' twice; "
                        + "add {account_id} or {role_name} to it");
            }
            Map<String, String> settings = new java.util.LinkedHashMap<>();
            if (config.name().isPresent()) {
                settings.put("sso_session", config.name().get());
            } else {
                settings.put("sso_start_url", config.startUrl());
                settings.put("sso_region", config.region());
            }
            settings.put("sso_account_id", a.account().id());
            settings.put("sso_role_name", a.roleName());
            region.ifPresent(r -> settings.put("region", r));
            StringBuilder text = new StringBuilder("[profile ").append(name).append("]\n");
            settings.forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
            blocks.add(new Block(name, a, text.toString(), existing.contains(name)));
        }
        return blocks;
    }

    /** The text to append: the new blocks, a blank line between them. */
    public static String text(List<Block> blocks) {
        return String.join(
                "\n", blocks.stream().filter(b -> !b.exists()).map(Block::text).toList());
    }
}
