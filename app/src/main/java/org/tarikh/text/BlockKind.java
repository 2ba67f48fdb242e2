package org.tarikh.text;

/** Whether a paragraph is part of what the document says or something a site or printer put around it. */
public enum BlockKind {
    TEXT,
    BOILERPLATE
}
