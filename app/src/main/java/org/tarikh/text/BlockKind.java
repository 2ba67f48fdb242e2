package org.tarikh.text;

public enum BlockKind { TEXT, BOILERPLATE }
