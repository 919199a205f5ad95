package dev.xacct.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.shell.ShellIO;
import dev.xacct.shell.UserError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Without a terminal: the question goes to stderr once, each answer is one line of stdin. */
class QuestionsTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Questions piped(String stdin) {
        return new Questions(
                new StaticListableBeanFactory().getBeanProvider(ShellIO.class),
                () -> false,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> false);
    }

    @Test
    void eachQuestionTakesOneLineAndLeavesTheRestForTheNext() {
        Questions questions = piped("123456\r\n654321\n");
        assertThat(questions.secret("MFA code for A: ", "give --mfa-code")).isEqualTo("123456");
        assertThat(questions.secret("MFA code for B: ", "give --mfa-code")).isEqualTo("654321");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("MFA code for A: \nMFA code for B: \n");
        assertThat(questions.canAskAgain()).isFalse();
    }

    @Test
    void noLineIsOneClearErrorAndTheQuestionIsNotRepeated() {
        Questions questions = piped("");
        assertThatThrownBy(() -> questions.secret("MFA code for A: ", "pipe it on stdin or give --mfa-code"))
                .isInstanceOf(UserError.class)
                .hasMessage("no answer on stdin: pipe it on stdin or give --mfa-code");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("MFA code for A: \n");
    }

    @Test
    void aPipedCodeThatIsNotSixDigitsIsNotAskedAgain() {
        Questions questions = piped("12345\n123456\n");
        assertThatThrownBy(() -> new ShellMfaCodeSource(questions).code("arn:aws:iam::1:mfa/a", "to assume X"))
                .isInstanceOf(UserError.class)
                .hasMessage("an MFA code is the 6 digits your device shows now; none was given to assume X");
        assertThat(err.toString(StandardCharsets.UTF_8)).hasLineCount(1);
    }

    @Test
    void aScriptOnStdinCannotBeAsked() {
        Questions questions = new Questions(
                new StaticListableBeanFactory().getBeanProvider(ShellIO.class),
                () -> true,
                new ByteArrayInputStream("whoami\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> false);
        assertThatThrownBy(() -> questions.secret("MFA code for A: ", "give --mfa-code"))
                .isInstanceOf(UserError.class)
                .hasMessage("cannot ask while the script comes on stdin: give --mfa-code");
    }
}
