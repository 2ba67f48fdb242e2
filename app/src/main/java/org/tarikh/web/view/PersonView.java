package org.tarikh.web.view;

/** A person in a list: id, the name in the interface's script, and what to say of them (null for nothing). */
public record PersonView(String id, String name, String description) {}
