package io.github.conglongli.site.content.markdown;

/**
 * How much text there is to read, for "N min read". Chinese and Japanese put no spaces between
 * words, so their characters are counted one by one and read at their own rate.
 *
 * @param words runs of letters or digits between spaces (Latin, Cyrillic, Korean, ...);
 *     "don't" and "e-mail" are one word each, a lone "—" none
 * @param cjkCharacters Han characters, hiragana and katakana (punctuation excluded)
 */
public record WordCount(int words, int cjkCharacters) {

    /** A common estimate of adult silent reading speed in English. */
    public static final int WORDS_PER_MINUTE = 220;

    /**
     * Japanese readers manage about 400 to 600 characters a minute, Chinese readers about 300
     * to 400; 400 is a round figure in between that does not promise too little.
     */
    public static final int CJK_CHARACTERS_PER_MINUTE = 400;

    public static WordCount of(String text) {
        int words = 0;
        int cjk = 0;
        boolean inToken = false;
        boolean tokenHasLetter = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean separator = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (isCjk(c)) {
                cjk++;
            }
            if (separator || isCjk(c)) {
                if (inToken && tokenHasLetter) {
                    words++;
                }
                inToken = false;
                tokenHasLetter = false;
            } else {
                inToken = true;
                tokenHasLetter |= Character.isLetterOrDigit(c);
            }
        }
        if (inToken && tokenHasLetter) {
            words++;
        }
        return new WordCount(words, cjk);
    }

    private static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                // the long-vowel mark in katakana words (データ) belongs to no script of its own
                || c == 0x30FC || c == 0xFF70;
    }

    /** Whole minutes, rounded up; at least 1 when there is anything to read, 0 when not. */
    public int readingMinutes() {
        double minutes = (double) words / WORDS_PER_MINUTE + (double) cjkCharacters / CJK_CHARACTERS_PER_MINUTE;
        return (int) Math.ceil(minutes);
    }
}
