package dev.xacct.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessDeniedExplanationTest {

    private static final String ROLE = "arn:aws:iam::111111111111:role/Admin";
    private static final String CALLER = "arn:aws:iam::222222222222:user/alice";

    @Test
    void listsTheUsualCausesInOrderOnOneLine() {
        String text = AccessDeniedExplanation.explain(ROLE, CALLER, false, false);
        assertThat(text).doesNotContain("\n");
        assertThat(text).contains("not allowed to assume " + ROLE + " as " + CALLER);
        int trust =
                text.indexOf("(1) the role's trust policy does not name " + CALLER + " or its account 222222222222");
        int external = text.indexOf("(2) the trust policy requires an external id");
        int mfa = text.indexOf("(3) the trust policy requires MFA");
        int own = text.indexOf("(4) your own policy lacks sts:AssumeRole on " + ROLE);
        assertThat(trust).isPositive();
        assertThat(external).isGreaterThan(trust);
        assertThat(mfa).isGreaterThan(external);
        assertThat(own).isGreaterThan(mfa);
    }

    @Test
    void tailorsTheChecklistToWhatWasSent() {
        String text = AccessDeniedExplanation.explain(ROLE, null, true, true);
        assertThat(text).contains("as the current session");
        assertThat(text).contains("the --external-id given does not match");
        assertThat(text).contains("MFA condition");
    }
}
