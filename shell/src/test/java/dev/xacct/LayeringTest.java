package dev.xacct;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of DEVELOPERS.md ("Layout" and "Rules of the code"), checked on the compiled
 * main classes. A failure names the class and the dependency that breaks the rule.
 */
class LayeringTest {

    /** Reasoning code: pure Java, tests in milliseconds (dev.xacct.aws has its own, stricter rule). */
    private static final String[] PURE = {
        "dev.xacct.policy..",
        "dev.xacct.s3.authz..",
        "dev.xacct.s3.evidence..",
        "dev.xacct.s3.explain..",
        "dev.xacct.s3.report..",
        "dev.xacct.template.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        // the main classes folder only (scanning the classpath's jars too takes seconds)
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(Path.of("target", "classes"));
    }

    @Test
    void purePackagesUseNoSpringNoTerminalAndNoSdkClient() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage(PURE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.jline..")
                .orShould()
                .dependOnClassesThat(SdkClasses.BEYOND_VALUES)
                .because("reasoning code is pure Java (DEVELOPERS.md): the SDK's arns and iam-policy-builder"
                        + " values are fine; clients, Spring and the terminal are not");
        rule.check(classes);
    }

    @Test
    void awsVocabularyDependsOnNoOtherXacctPackage() {
        noClasses()
                .that()
                .resideInAPackage("dev.xacct.aws..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.xacct")
                .orShould()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "dev.xacct.aws..",
                        "java..",
                        "software.amazon.awssdk.arns..",
                        "software.amazon.awssdk.awscore.exception..",
                        "software.amazon.awssdk.core.exception..")
                .because("dev.xacct.aws is the bottom of the stack: every package, pure ones included, may use it")
                .check(classes);
    }

    /** Everything above shell and render: the services and the commands. */
    private static final String[] ABOVE_SHELL = {
        "dev.xacct.commands..",
        "dev.xacct.session..",
        "dev.xacct.s3..",
        "dev.xacct.query..",
        "dev.xacct.logs..",
        "dev.xacct.plugin..",
        "dev.xacct.policy..",
        "dev.xacct.template.."
    };

    @Test
    void shellSitsLowAndNeverImportsThePackagesThatImplementItsPorts() {
        noClasses()
                .that()
                .resideInAPackage("dev.xacct.shell..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ABOVE_SHELL)
                .check(classes);
    }

    @Test
    void renderDependsOnNoOtherXacctPackageButAws() {
        noClasses()
                .that()
                .resideInAPackage("dev.xacct.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ABOVE_SHELL)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("dev.xacct.shell..")
                .check(classes);
    }

    @Test
    void onlyTheApplicationReachesCommands() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.xacct.commands..")
                .and()
                .resideOutsideOfPackage("dev.xacct")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.xacct.commands..")
                .because("commands are the top: thin classes that parse, call a service and render")
                .check(classes);
    }

    @Test
    void identityCenterSitsBelowTheSessionRegistry() {
        noClasses()
                .that()
                .resideInAPackage("dev.xacct.session.sso..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.xacct.session")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.jline..")
                .because("session.sso is below session (clients come in as functions) and is no component")
                .check(classes);
    }

    @Test
    void theLocalEngineItsCacheAndTheKindsStayBelowTheServices() {
        noClasses()
                .that()
                .resideInAPackage("dev.xacct.query.local..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.xacct.query.service..",
                        "dev.xacct.query.fanout..",
                        "dev.xacct.session..",
                        "dev.xacct.s3..",
                        "dev.xacct.logs..",
                        "dev.xacct.plugin",
                        "org.springframework..",
                        "org.jline..",
                        "software.amazon.awssdk..")
                .because("the local engine, its columnar cache and the plugins' table kinds read local files"
                        + " with DuckDB: no Spring, no SDK, no terminal; the plugin SPI but not the loader")
                .check(classes);
    }

    /**
     * The components whose dependencies must not form a cycle: each top-level package, except that
     * {@code query} is one component per engine or layer (the service sits above {@code plugin},
     * the local engine below it) and the plugin SPI ({@code plugin.api}, its own module) stands alone.
     * Within a component (e.g. {@code query.local} and its {@code cache}) packages may use each other.
     */
    private static final SliceAssignment COMPONENTS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String[] parts = javaClass.getPackageName().split("\\.");
            if (parts.length < 3 || !parts[0].equals("dev") || !parts[1].equals("xacct")) {
                return SliceIdentifier.ignore();
            }
            boolean split = (parts[2].equals("query") || parts[2].equals("plugin")) && parts.length > 3;
            return SliceIdentifier.of(split ? parts[2] + "." + parts[3] : parts[2]);
        }

        @Override
        public String getDescription() {
            return "xacct's components";
        }
    };

    @Test
    void componentsHaveNoCycles() {
        slices().assignedFrom(COMPONENTS).should().beFreeOfCycles().check(classes);
    }

    /** SDK classes other than the value libraries a pure package may use. */
    private static final class SdkClasses {
        static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>
                BEYOND_VALUES = com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are AWS SDK classes other than arns and iam-policy-builder",
                        c -> c.getPackageName().startsWith("software.amazon.awssdk")
                                && !c.getPackageName().startsWith("software.amazon.awssdk.arns")
                                && !c.getPackageName().startsWith("software.amazon.awssdk.policybuilder"));
    }
}
