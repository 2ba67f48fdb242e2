package org.tarikh.text;

public record ArchiveReference(String text, int start, int end, String archive, String fond, String inventory,
                               String file, String sheet) {}
