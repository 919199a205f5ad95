package dev.xacct.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.shell.UserError;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What moto cannot show: MFA typed once and asked again in place, refusals explained, the chaining hour. */
class AssumerStubTest {

    private static final String SERIAL = "arn:aws:iam::123456789012:mfa/alice";
    private StsStub sts;
    private ScriptedMfa mfa;
    private TestClock clock;
    private SessionManager sessions;

    @BeforeEach
    void start() throws Exception {
        sts = new StsStub();
        mfa = new ScriptedMfa();
        clock = new TestClock();
        sessions = Sessions.manager(sts.endpoint(), StsStub.BASE_KEY, StsStub.BASE_SECRET, mfa, clock);
    }

    @AfterEach
    void stop() {
        sessions.clients().close();
        sts.close();
    }

    private static Assumer.Options mfa(String code) {
        return new Assumer.Options(
                Optional.empty(),
                Optional.of(SERIAL),
                Optional.ofNullable(code),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void theMfaCodeIsTypedOnceAndTheMfaSessionIsReusedByLaterAssumes() {
        mfa.answers("123456");
        sessions.assume("111111111111:Admin", mfa(null), Optional.of("prod"));
        sessions.switchTo("default");
        sessions.assume("222222222222:Admin", mfa(null), Optional.of("stage"));

        assertThat(mfa.asked).hasSize(1);
        assertThat(mfa.asked.get(0)).startsWith(SERIAL + " to assume arn:aws:iam::111111111111:role/Admin");
        assertThat(sts.requests("GetSessionToken"))
                .hasSize(1)
                .first()
                .satisfies(
                        r -> assertThat(r).containsEntry("SerialNumber", SERIAL).containsEntry("TokenCode", "123456"));
        // the roles were assumed with the MFA session's keys, without a code of their own
        assertThat(sts.requests("AssumeRole")).hasSize(2).allSatisfy(r -> {
            assertThat(r).doesNotContainKey("TokenCode");
            assertThat(r.get("_caller")).isEqualTo(StsStub.BASE_ARN);
        });
        assertThat(sessions.identify(sessions.current()).account()).isEqualTo("222222222222");
    }

    @Test
    void whenTheMfaSessionRunsOutTheNextCommandAsksForANewCodeInPlace() throws InterruptedException {
        sts.mfaSessionLifetime = Duration.ofHours(1);
        // Role keys that arrive already inside the SDK's 1-minute stale window: the SDK provider
        // keeps them one second, then refreshes on the next use.
        sts.roleLifetime = Duration.ofSeconds(30);
        sessions.assume("111111111111:Admin", mfa("111111"), Optional.of("prod"));
        assertThat(mfa.asked).isEmpty();

        clock.advance(Duration.ofHours(2)); // the MFA session (aged by the injected clock) has run out
        Thread.sleep(1_200);
        mfa.answers("222222");
        Identity who = sessions.identify(sessions.current());

        assertThat(who.account()).isEqualTo("111111111111");
        assertThat(mfa.asked).hasSize(1);
        assertThat(mfa.asked.get(0)).contains("ran out");
        assertThat(sts.requests("GetSessionToken"))
                .extracting(r -> r.get("TokenCode"))
                .containsExactly("111111", "222222");
    }

    @Test
    void fromTemporaryCredentialsTheCodeGoesIntoAssumeRole() {
        sessions.assume("111111111111:Admin", Assumer.Options.none(), Optional.of("prod"));
        sessions.assume("333333333333:Auditor", mfa("654321"), Optional.of("audit"));

        assertThat(sts.requests("GetSessionToken")).isEmpty();
        Map<String, String> second = sts.requests("AssumeRole").get(1);
        assertThat(second).containsEntry("SerialNumber", SERIAL).containsEntry("TokenCode", "654321");
    }

    @Test
    void aRejectedMfaCodeSaysSoWithoutEchoingIt() {
        assertThatThrownBy(() -> sessions.assume("111111111111:Admin", mfa("000000"), Optional.empty()))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("MFA code rejected for " + SERIAL)
                .hasMessageNotContaining("000000");
    }

    @Test
    void accessDeniedExplainsTheUsualCausesAndNamesTheCaller() {
        sts.deniedRoles.add("arn:aws:iam::111111111111:role/Admin");
        assertThatThrownBy(() -> sessions.assume(
                        "arn:aws:iam::111111111111:role/Admin", Assumer.Options.none(), Optional.empty()))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith(
                        "not allowed to assume arn:aws:iam::111111111111:role/Admin as " + StsStub.BASE_ARN)
                .hasMessageContaining("(1) the role's trust policy does not name")
                .hasMessageContaining("(2) the trust policy requires an external id")
                .hasMessageContaining("(3) the trust policy requires MFA")
                .hasMessageContaining("(4) your own policy lacks sts:AssumeRole");
        assertThat(sessions.aliases()).containsExactly("default");
    }

    @Test
    void aChainedAssumeAsksForAtMostAnHourAndSaysWhy() {
        sessions.assume("111111111111:Admin", Assumer.Options.none(), Optional.of("prod"));
        Assumer.Options twoHours = new Assumer.Options(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(Duration.ofHours(2)),
                Optional.empty(),
                Optional.empty());

        SessionManager.Opened opened = sessions.assume("333333333333:Auditor", twoHours, Optional.empty());

        assertThat(opened.note())
                .hasValueSatisfying(n -> assertThat(n).startsWith("AWS caps a role assumed from role credentials"));
        assertThat(sts.requests("AssumeRole").get(1)).containsEntry("DurationSeconds", "3600");
    }

    @Test
    void stsRefusingTheChainingHourIsExplainedNotRaw() {
        // A base session that is itself a role session (e.g. exported role keys): xacct cannot know
        // until STS says so, and then says it plainly.
        Assumer assumer = new Assumer(
                sessions.clients(), mfa, s -> new Identity("123456789012", StsStub.BASE_ARN, Optional.empty()));
        Session parent = sessions.assume("111111111111:Admin", Assumer.Options.none(), Optional.of("prod"))
                .session();
        Assumer.Options twoHours = new Assumer.Options(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(Duration.ofHours(2)),
                Optional.empty(),
                Optional.empty());
        assertThatThrownBy(() -> assumer.assume(
                        parent, RoleReference.parse("333333333333:Auditor", Optional.empty(), "aws"), twoHours))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("AWS caps a role assumed from role credentials (role chaining) at 1 hour");
    }

    @Test
    void noSecretIssuedByStsAppearsInSessionsTheirDescriptionOrErrors() {
        sessions.assume("111111111111:Admin", Assumer.Options.none(), Optional.of("prod"));
        sts.deniedRoles.add("arn:aws:iam::444444444444:role/Nope");
        Throwable denied = org.assertj.core.api.Assertions.catchThrowable(
                () -> sessions.assume("444444444444:Nope", Assumer.Options.none(), Optional.empty()));
        String everything = sessions.all() + "\n" + denied + "\n" + Assumer.Options.none();
        assertThat(everything)
                .doesNotContain(StsStub.SECRET_MARK)
                .doesNotContain("StubToken")
                .doesNotContain(StsStub.BASE_SECRET);
    }
}
