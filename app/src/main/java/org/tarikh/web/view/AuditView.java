package org.tarikh.web.view;

import java.util.List;
import org.tarikh.archive.Curator;

/** The audit trail, newest first; {@code person} the page's person (null on /audit), {@code csrf} an editor's (null: no undo). */
public record AuditView(List<Curator.AuditEvent> events, String person, String csrf) {}
