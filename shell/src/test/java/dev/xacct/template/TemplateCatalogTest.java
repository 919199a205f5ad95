package dev.xacct.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCatalogTest {

    static final List<String> DESIGN_SECTION_5 = List.of(
            "console-logins",
            "switch-role",
            "who-created",
            "create-events",
            "iam-user-activity",
            "who-touched",
            "console-login-without-mfa",
            "console-login-failures",
            "root-activity",
            "cross-account-assume-role",
            "access-denied",
            "who-deleted",
            "iam-changes",
            "admin-policy-attached",
            "access-key-created-for-other-user",
            "login-profile-and-mfa-changes",
            "security-group-opened-to-world",
            "network-perimeter-changes",
            "kms-key-deletion",
            "s3-bucket-policy-changes",
            "logging-tampering",
            "snapshot-or-ami-shared",
            "secrets-bulk-access",
            "activity-by-source-ip",
            "activity-by-access-key",
            "principal-timeline",
            "unexpected-region-activity",
            "org-changes",
            "event-volume-summary");

    @Test
    void builtInCloudTrailPackHasEveryTemplateOfTheDesign() {
        TemplateCatalog catalog = TemplateCatalog.load(getClass().getClassLoader(), null, List.of());
        assertThat(catalog.problems()).isEmpty();
        TemplatePack pack = catalog.pack("cloudtrail").orElseThrow();
        assertThat(pack.source()).isEqualTo(new PackSource.Classpath("xacct/templates/cloudtrail"));
        assertThat(pack.templates()).extracting(Template::name).containsExactlyInAnyOrderElementsOf(DESIGN_SECTION_5);
        for (Template t : pack.templates()) {
            assertThat(t.title()).as(t.id()).isNotBlank();
            assertThat(t.parameter("start").orElseThrow().type().name())
                    .as(t.id())
                    .isEqualTo("date");
            assertThat(t.parameter("start").orElseThrow().required()).isTrue();
            assertThat(t.parameter("end").orElseThrow().type().name()).isEqualTo("date");
            assertThat(t.parameter("accounts").orElseThrow().type().name()).isEqualTo("list<account-id>");
            assertThat(t.parameter("regions").orElseThrow().type().name()).isEqualTo("list<region>");
            assertThat(t.parameter("limit").orElseThrow().type().name()).isEqualTo("int");
            assertThat(t.sql())
                    .contains("\"date\" BETWEEN ${start:partition} AND ${end:partition}")
                    .contains("eventtime >= ${start:iso} AND eventtime < ${end:iso-end}")
                    .contains("[[AND accountid IN ${accounts}]]")
                    .contains("[[AND region IN ${regions}]]")
                    .contains("ORDER BY")
                    .contains("LIMIT ${limit}");
        }
    }

    @Test
    void findsByIdOrBareNameAndSuggestsClosest() {
        TemplateCatalog catalog = TemplateCatalog.load(getClass().getClassLoader(), null, List.of());
        assertThat(catalog.find("cloudtrail/root-activity")).isInstanceOf(TemplateLookup.Found.class);
        assertThat(catalog.find("root-activity")).isInstanceOf(TemplateLookup.Found.class);
        var miss = (TemplateLookup.NotFound) catalog.find("cloudtrail/console-login");
        assertThat(miss.suggestions()).first().isEqualTo("cloudtrail/console-logins");
        assertThat(miss.message()).contains("did you mean cloudtrail/console-logins");
        var typo = (TemplateLookup.NotFound) catalog.find("cloudtral/who-deleted");
        assertThat(typo.suggestions()).contains("cloudtrail/who-deleted");
        assertThat(typo.message()).contains("no pack 'cloudtral'");
        var bare = (TemplateLookup.NotFound) catalog.find("who-delted");
        assertThat(bare.suggestions()).contains("cloudtrail/who-deleted");
    }

    @Test
    void directoryPacksLoadAndBrokenFilesAreReportedAndSkipped(@TempDir Path home) throws Exception {
        Path mine = Files.createDirectories(home.resolve("mine"));
        Files.writeString(mine.resolve("pack.yaml"), "title: Mine\nversion: 2\n");
        Files.writeString(mine.resolve("good.sql"), "-- title: Good\nSELECT 1\n");
        Files.writeString(mine.resolve("bad.sql"), "-- title: Bad\n-- params:\n--   x: { type: nope }\nSELECT ${x}\n");
        Path broken = Files.createDirectories(home.resolve("broken"));
        Files.writeString(broken.resolve("pack.yaml"), "name: broken\ntemplates: [a.sql\n");
        Path clash = Files.createDirectories(home.resolve("cloudtrail"));
        Files.writeString(clash.resolve("pack.yaml"), "title: Shadow\n");

        TemplateCatalog catalog = TemplateCatalog.load(getClass().getClassLoader(), home, List.of());

        assertThat(catalog.pack("mine").orElseThrow().templates())
                .extracting(Template::id)
                .containsExactly("mine/good");
        assertThat(catalog.pack("mine").orElseThrow().source()).isEqualTo(new PackSource.Directory(mine));
        assertThat(catalog.pack("broken")).isEmpty();
        assertThat(catalog.pack("cloudtrail").orElseThrow().title()).isEqualTo("CloudTrail audit");
        assertThat(catalog.problems())
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo(mine.resolve("bad.sql").toString());
                    assertThat(p.line()).isEqualTo(3);
                })
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo(broken.resolve("pack.yaml").toString());
                    assertThat(p.line()).isPositive();
                })
                .anySatisfy(p -> assertThat(p.message()).contains("already loaded"));
    }
}
