package org.tarikh.extract;

/**
 * A biographical claim a document makes: who (a local person id), what (birth, arrest, execution, …), when (EDTF),
 * where, and the span of text that states it.
 */
public record ExtractedEvent(String type, String person, String date, String place, String text, int start, int end) {}
