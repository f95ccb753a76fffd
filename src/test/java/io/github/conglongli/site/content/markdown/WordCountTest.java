package io.github.conglongli.site.content.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordCountTest {

    @Test
    void englishWordsAreRunsBetweenSpaces() {
        assertEquals(new WordCount(10, 0), WordCount.of("We don't train on e-mail — we train on 10,000 papers."));
    }

    @Test
    void punctuationAloneIsNoWord() {
        assertEquals(new WordCount(2, 0), WordCount.of("one — two … !"));
    }

    @Test
    void japaneseCountsEachCharacterButNotPunctuation() {
        // 大規模言語モデルの研究をしています = 17 characters, 。 is punctuation
        assertEquals(new WordCount(0, 17), WordCount.of("大規模言語モデルの研究をしています。"));
        assertEquals(new WordCount(0, 3), WordCount.of("データ"), "the long-vowel mark is part of the word");
    }

    @Test
    void mixedJapaneseAndLatinCountsBoth() {
        assertEquals(new WordCount(2, 4), WordCount.of("LLMの研究（2025年）"));
    }

    @Test
    void chineseCountsCharactersAndKoreanCountsWords() {
        assertEquals(new WordCount(0, 6), WordCount.of("我们研究语言"));
        assertEquals(new WordCount(2, 0), WordCount.of("안녕하세요 세계"));
    }

    @Test
    void readingTimeRoundsUpAtEachScriptsOwnRate() {
        assertEquals(0, new WordCount(0, 0).readingMinutes());
        assertEquals(1, new WordCount(1, 0).readingMinutes());
        assertEquals(1, new WordCount(220, 0).readingMinutes());
        assertEquals(2, new WordCount(221, 0).readingMinutes());
        assertEquals(1, new WordCount(0, 400).readingMinutes());
        assertEquals(2, new WordCount(0, 401).readingMinutes());
        assertEquals(2, new WordCount(220, 400).readingMinutes());
    }
}
