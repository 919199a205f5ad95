package dev.xacct.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.shell.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** The list of sessions alone: which is current, back, forget, replace; no AWS call. */
class SessionListTest {

    private final List<String> released = new ArrayList<>();
    private int basesOpened;
    private final SessionList list = new SessionList(
            () -> {
                basesOpened++;
                return session("base", Session.Kind.BASE, null, "AKIABASE");
            },
            gone -> released.add(gone.alias()));

    @Test
    void theBaseSessionIsBuiltOnFirstNeedAndOnlyOnce() {
        assertThat(list.currentIfOpen()).isEmpty();
        assertThat(basesOpened).isZero();

        assertThat(list.current().alias()).isEqualTo("base");
        list.all();
        assertThat(basesOpened).isEqualTo(1);
        assertThat(list.currentIfOpen()).map(Session::alias).contains("base");
    }

    @Test
    void backReturnsToThePreviousSessionAndTwiceComesBack() {
        list.register(session("prod", Session.Kind.PROFILE, null, "AKIAPROD"));
        assertThat(list.back().alias()).isEqualTo("base");
        assertThat(list.back().alias()).isEqualTo("prod");
        assertThat(list.aliases()).containsExactly("base", "prod");
    }

    @Test
    void forgettingTheCurrentSessionMakesThePreviousOneCurrentAndReleasesIt() {
        list.register(session("prod", Session.Kind.PROFILE, null, "AKIAPROD"));
        list.register(session("admin", Session.Kind.ASSUMED, null, "ASIAADMIN"));

        assertThat(list.forget("admin").alias()).isEqualTo("prod");
        assertThat(released).containsExactly("admin");
        assertThatThrownBy(list::back).isInstanceOf(UserError.class).hasMessageContaining("no previous session");
    }

    @Test
    void theBaseSessionCannotBeForgottenNorReplaced() {
        list.current();
        assertThatThrownBy(() -> list.forget("base")).hasMessageContaining("cannot be forgotten");
        assertThatThrownBy(() -> list.register(session("base", Session.Kind.PROFILE, null, "AKIAX")))
                .hasMessageContaining("pick another with --as");
        assertThat(list.current().kind()).isEqualTo(Session.Kind.BASE);
    }

    @Test
    void aSessionWithAListedAliasReplacesItAndTheOldOneIsReleased() {
        list.register(session("prod", Session.Kind.PROFILE, null, "AKIAPROD"));
        list.register(session("prod", Session.Kind.PROFILE, null, "AKIAPROD2"));

        assertThat(released).containsExactly("prod");
        assertThat(list.aliases()).containsExactly("base", "prod");
    }

    @Test
    void anUnknownAliasNamesTheClosestOnes() {
        list.register(session("production", Session.Kind.PROFILE, null, "AKIAPROD"));
        assertThatThrownBy(() -> list.find("productoin"))
                .isInstanceOf(UserError.class)
                .hasMessage("no session 'productoin'; did you mean production?");
    }

    @Test
    void dependentsAndKeysInUseAreVisibleToRelease() {
        Session prod = list.register(session("prod", Session.Kind.PROFILE, null, "AKIAPROD"));
        list.register(session("admin", Session.Kind.ASSUMED, prod.id(), "ASIAADMIN"));

        assertThat(list.hasDependents(prod.id())).isTrue();
        assertThat(list.usesAccessKey("AKIAPROD")).isTrue();
        list.forgetWhere(s -> s.kind() == Session.Kind.ASSUMED);
        assertThat(list.hasDependents(prod.id())).isFalse();
        assertThat(list.usesAccessKey("ASIAADMIN")).isFalse();
    }

    @Test
    void whoASessionIsIsRememberedOnlyForThatSameSession() {
        Session prod = list.register(session("prod", Session.Kind.PROFILE, null, "AKIAPROD"));
        Identity who = new Identity("111111111111", "arn:aws:iam::111111111111:user/u", Optional.empty());

        list.identified(session("prod", Session.Kind.PROFILE, null, "AKIAOTHER"), who);
        assertThat(list.get("prod").orElseThrow().identity()).isEmpty();
        list.identified(prod, who);
        assertThat(list.get("prod").orElseThrow().identity()).contains(who);
    }

    /** A session whose credentials were used once (a key is known only after first use). */
    private static Session session(String alias, Session.Kind kind, String parentId, String accessKey) {
        SessionCredentials credentials = new SessionCredentials(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, "secret")));
        credentials.resolveCredentials();
        return new Session(
                Session.newId(),
                alias,
                kind,
                "test",
                Region.US_EAST_1,
                Optional.empty(),
                credentials,
                Optional.ofNullable(parentId));
    }
}
