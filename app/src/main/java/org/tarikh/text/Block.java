package org.tarikh.text;

public record Block(int start, int end, BlockKind kind, String language, String reason) {}
