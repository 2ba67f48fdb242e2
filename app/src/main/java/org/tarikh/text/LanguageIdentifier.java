package org.tarikh.text;

public final class LanguageIdentifier {
    public String identify(CharSequence text) {
        String s = text.toString();
        if (s.matches("(?s).*[әғқңөұүһі].*")) return "kk";
        if (s.matches("(?s).*[а-яА-Я].*")) return "ru";
        return "en";
    }
}
