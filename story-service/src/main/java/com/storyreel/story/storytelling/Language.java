package com.storyreel.story.storytelling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Reads English with Apache OpenNLP's Universal Dependencies models (tokens, parts of speech, lemmas), loaded
 * once from the model jars on the class path. The models are shared; the taggers are made per call because
 * OpenNLP's taggers are not thread-safe and cost next to nothing to make.
 */
final class Language {

    /** A word of the text: as written, its Universal POS tag (NOUN, PROPN, VERB, ADJ, NUM, ...) and its lemma. */
    record Word(String text, String tag, String lemma) {

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean is(String... tags) {
            return Set.of(tags).contains(tag);
        }

        /** A word that carries what the text is about: a noun, name, verb, adjective or number. */
        boolean content() {
            return is("NOUN", "PROPN", "VERB", "ADJ", "NUM") && !STOP_WORDS.contains(lemma)
                    && text.codePoints().anyMatch(Character::isLetterOrDigit);
        }

        boolean capitalized() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    /** Words too common to say what a prompt is about, even when tagged as content. */
    static final Set<String> STOP_WORDS = Set.of("be", "have", "do", "get", "make", "go", "let", "will", "can", "must",
            "story", "tale", "write", "tell", "about", "something", "thing", "one", "way", "lot", "kind", "please");

    private static final TokenizerModel TOKENS = load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);

    private static final POSModel TAGS = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);

    private static final LemmatizerModel LEMMAS = load("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new);

    private Language() {
    }

    /** The words of a text with their tags and lemmas, lemmas in lower case. */
    static List<Word> read(String text) {
        String[] tokens = new TokenizerME(TOKENS).tokenize(text);
        String[] tags = new POSTaggerME(TAGS).tag(tokens);
        String[] lemmas = new LemmatizerME(LEMMAS).lemmatize(tokens, tags);
        List<Word> words = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            String lemma = lemmas[i].equals("O") ? tokens[i] : lemmas[i];
            words.add(new Word(tokens[i], tags[i], lemma.toLowerCase(Locale.ROOT)));
        }
        return words;
    }

    /** A word's lemma read as a verb, whatever the tagger made of it ("singing" is "sing"). */
    static String verbLemma(String word) {
        String lemma = new LemmatizerME(LEMMAS).lemmatize(new String[] {word}, new String[] {"VERB"})[0];
        lemma = lemma.equals("O") ? word : lemma.toLowerCase(Locale.ROOT);
        // The model reads "singing" as "singe"; a stem ending in -ng or -nk takes no e.
        String stem = lemma.substring(0, Math.max(0, lemma.length() - 1));
        return lemma.endsWith("e") && (stem.endsWith("ng") || stem.endsWith("nk")) && word.equals(stem + "ing") ? stem : lemma;
    }

    /** Every word of a text as its lemma and as written in lower case, to look a lemma up in. */
    static Set<String> lemmasAndWords(String text) {
        Set<String> lemmas = new HashSet<>();
        for (Word word : read(text)) {
            lemmas.add(word.lemma());
            lemmas.add(word.lower());
        }
        return lemmas;
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = Language.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("The OpenNLP model " + resource + " is not on the class path.");
            }
            return reader.read(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read the OpenNLP model " + resource, ex);
        }
    }
}
