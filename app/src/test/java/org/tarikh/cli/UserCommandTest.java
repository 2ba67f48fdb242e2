package org.tarikh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.store.Accounts;

/** {@code user add | list | passwd | role} on a real archive, the password from standard input. */
class UserCommandTest {
    @TempDir Path work;
    private Path archive;

    @BeforeEach
    void ingest() throws Exception {
        Path docs = Files.createDirectories(work.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "Смағұл Сәдуақасов 1900 жылы туған.", StandardCharsets.UTF_8);
        archive = work.resolve("archive");
        assertThat(CliRun.of("ingest", "--archive", archive.toString(), docs.toString()).status()).isZero();
    }

    private CliRun user(String stdin, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "user";
        all[1] = args[0];
        all[2] = "--archive=" + archive;
        System.arraycopy(args, 1, all, 3, args.length - 1);
        return CliRun.withInput(stdin, all);
    }

    @Test
    void addListChangeThePasswordAndTheRole() {
        CliRun add = user("first-password\n", "add", "askar", "--role", "editor");
        assertThat(add.status()).as(add.err()).isZero();
        assertThat(add.out()).contains("added user askar (editor)");
        assertThat(user("", "list", "--json").out()).contains("\"name\":\"askar\"").contains("\"role\":\"editor\"");

        try (Archive a = Archive.open(archive, false)) {
            assertThat(a.accounts().authenticate("askar", "first-password")).isPresent();
            a.accounts().openSession(a.accounts().user("askar").orElseThrow(), Instant.now(), Duration.ofHours(1));
        }
        CliRun passwd = user("second-password\r\n", "passwd", "askar");
        assertThat(passwd.status()).as(passwd.err()).isZero();
        CliRun role = user("", "role", "askar", "admin");
        assertThat(role.status()).as(role.err()).isZero();
        try (Archive a = Archive.open(archive, false)) {
            assertThat(a.accounts().authenticate("askar", "first-password")).isEmpty();
            Accounts.User askar = a.accounts().authenticate("askar", "second-password").orElseThrow();
            assertThat(askar.role()).isEqualTo(Accounts.Role.ADMIN);
        }
        assertThat(user("", "list").out()).contains("askar").contains("admin");
    }

    @Test
    void badUsageGetsOneLineAndExitOne() {
        assertThat(user("x\n", "add", "bad name", "--role", "editor").err()).contains("a user name is 1 to 64 letters");
        CliRun noPassword = user("", "add", "erlan");
        assertThat(noPassword.status()).isEqualTo(1);
        assertThat(noPassword.err()).contains("no password").contains("TARIKH_PASSWORD");
        assertThat(user("short\n", "add", "erlan").err()).contains("at least 8 characters");
        assertThat(user("x".repeat(73) + "\n", "add", "erlan").err()).contains("at most 72 bytes");
        CliRun role = user("a-good-password\n", "add", "erlan", "--role", "owner");
        assertThat(role.status()).isEqualTo(1);
        assertThat(role.err()).contains("unknown role 'owner'");
        assertThat(user("a-good-password\n", "add", "erlan").status()).isZero();
        CliRun twice = user("a-good-password\n", "add", "erlan");
        assertThat(twice.status()).isEqualTo(1);
        assertThat(twice.err()).contains("exists already");
        assertThat(user("a-good-password\n", "passwd", "nobody").err()).contains("no user named 'nobody'");
        assertThat(user("", "role", "nobody", "editor").err()).contains("no user named 'nobody'");
        for (CliRun run : new CliRun[] {twice, role, noPassword}) {
            assertThat(run.err().strip().lines().count()).isEqualTo(1);
            assertThat(run.err()).doesNotContain("Exception");
        }
        try (Archive a = Archive.open(archive, false)) {
            assertThat(a.accounts().users()).extracting(Accounts.User::name).containsExactly("erlan");
        }
    }
}
