package org.tarikh.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.tarikh.archive.Archive;
import org.tarikh.archive.IngestListener;
import org.tarikh.store.Accounts;

/**
 * Logging in and curating in a real headless Chromium (Debian's): an editor logs in through the form, merges two
 * persons, undoes it, splits one by a document and rejects a claim through the pages, and the audit pages show each
 * change; the same writes without a login or with a forged CSRF token are refused (403) and change nothing. Screenshots go to {@code app/target/screenshots}. Skipped when
 * {@code /usr/bin/chromium} is absent; run with {@code ./mvnw -B -pl app verify -Pbrowser}.
 */
class CurationBrowserTest extends BrowserFixture {
    static final String PASSWORD = "a-password-for-tests";

    @TempDir static Path archiveDir;
    @TempDir static Path docs;


    @BeforeAll
    static void serve() throws Exception {
        CurationWebTest.writeDocuments(docs);
        start(archiveDir, docs, a -> a.accounts().add("saule", PASSWORD, Accounts.Role.EDITOR, Instant.now()));
    }

    @Test
    void anEditorLogsInThroughTheFormAndOut() {
        page.navigate(url("/persons"));
        page.click("#login-link");
        assertThat(page.url()).contains("/login?next=%2Fpersons");
        page.fill("#name", "saule");
        page.fill("#password", "not-her-password");
        page.click("#log-in");
        assertThat(page.textContent("#login-problem")).contains("wrong name or password");
        shoot("login-wrong-password");
        page.fill("#password", PASSWORD);
        page.click("#log-in");
        assertThat(page.url()).endsWith("/persons");
        assertThat(page.textContent("#account")).contains("saule").contains("editor");
        shoot("logged-in-header");
        page.click("#logout");
        assertThat(page.locator("#login-link").isVisible()).isTrue();
        assertThat(page.locator("#account").count()).isZero();
    }

    private void logIn() {
        page.navigate(url("/login"));
        page.fill("#name", "saule");
        page.fill("#password", PASSWORD);
        page.click("#log-in");
        assertThat(page.textContent("#account")).contains("saule");
    }

    @Test
    void anEditorMergesUndoesSplitsAndRejectsThroughThePagesAndTheAuditShowsIt() {
        String auezov = CurationWebTest.idOf(archive, "Ауэзов"), musrepov = CurationWebTest.idOf(archive, "Мусрепов");
        logIn();
        page.navigate(url("/persons/" + auezov));
        shoot("curation-person-editor");

        // merge, with the other person picked among the similar names or typed
        page.click("#merge-tool summary");
        page.fill("#merge-other", musrepov);
        page.fill("#merge-reason", "test: one pen name");
        page.click("#merge-submit");
        assertThat(page.url()).contains("/persons/" + auezov);
        assertThat(page.locator("#audit li.change[data-action=merge] .reason").textContent()).contains("test: one pen name");
        assertThat(archive.person(musrepov)).isEmpty();
        page.navigate(url("/persons/" + musrepov));
        assertThat(page.url()).as("the merged id leads to the survivor").endsWith("/persons/" + auezov);
        shoot("curation-merged");

        // undo it from the person's audit
        page.fill("#audit li.change[data-action=merge] form.undo input[name=reason]", "two writers after all");
        page.click("#audit li.change[data-action=merge] form.undo button");
        assertThat(page.locator("#audit li.change[data-action=undo]").count()).isEqualTo(1);
        assertThat(archive.person(musrepov)).isPresent();

        // split the Kazakh document's mentions off
        page.click("#split-tool summary");
        page.locator("#split-form input[name=documents]").nth(documentIndex("kk.txt")).check();
        page.fill("#split-reason", "test: the Kazakh text is about a namesake");
        page.click("#split-submit");
        assertThat(page.locator("#audit li.change[data-action=split]").count()).isEqualTo(1);
        assertThat(page.locator("section.mentions").count()).isEqualTo(1);

        // reject the arrest: it stays on the page, marked, with the reason
        page.click("li.claim[data-type=arrest] details.claim-tools summary");
        page.fill("li.claim[data-type=arrest] form.reject-claim input[name=reason]", "test: no such arrest");
        page.click("li.claim[data-type=arrest] form.reject-claim button");
        assertThat(page.locator("li.claim.rejected[data-type=arrest] .status").textContent()).isEqualTo("rejected");
        assertThat(page.locator("li.claim.rejected[data-type=arrest] .note").textContent())
                .contains("saule").contains("test: no such arrest");
        shoot("curation-rejected-claim");

        page.navigate(url("/audit"));
        // each change's action as recorded (the label shown is in the interface's language)
        assertThat(page.locator("#audit li.change").evaluateAll("els => els.map(e => e.dataset.action)").toString())
                .isEqualTo("[reject-claim, split, undo, merge]");
        assertThat(page.locator("#audit li.change .action").allTextContents())
                .containsExactly("reject claim", "split", "undo", "merge");
        assertThat(page.locator("#audit li.change.undone .action").textContent()).isEqualTo("merge");
        shoot("curation-audit");
    }

    @Test
    void theSameWritesWithoutALoginOrWithAForgedTokenAreRefused() {
        String auezov = CurationWebTest.idOf(archive, "Ауэзов"), musrepov = CurationWebTest.idOf(archive, "Мусрепов");
        int changes = archive.audit(null).size();
        // no login: the browser posts the form another page could send
        var anonymous = page.request().post(url("/persons/" + auezov + "/merge"), com.microsoft.playwright.options.RequestOptions.create()
                .setForm(com.microsoft.playwright.options.FormData.create().set("other", musrepov).set("reason", "forged")));
        assertThat(anonymous.status()).isEqualTo(403);

        // logged in, but the form's token is not the session's
        logIn();
        page.navigate(url("/persons/" + auezov));
        page.click("#merge-tool summary");
        page.fill("#merge-other", musrepov);
        page.fill("#merge-reason", "test: forged token");
        page.evaluate("() => document.querySelector('#merge-form input[name=csrf]').value = 'forged'");
        com.microsoft.playwright.Response refused = page.waitForNavigation(() -> page.click("#merge-submit"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(page.textContent("main")).contains("security token");
        shoot("curation-forged-token");
        assertThat(archive.audit(null)).hasSize(changes);
        assertThat(archive.person(musrepov)).isPresent();
    }

    /** The position of a document among the split form's checkboxes, by its file name. */
    private int documentIndex(String file) {
        List<String> labels = page.locator("#split-form label.document").allTextContents();
        for (int i = 0; i < labels.size(); i++) if (labels.get(i).contains(file)) return i;
        throw new AssertionError("no " + file + " in " + labels);
    }


}
