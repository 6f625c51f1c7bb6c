package com.storyreel.story.storytelling;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The past tense of an English verb: the common irregular ones by list, the rest by the spelling rules. */
final class Inflection {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("be", "was"), Map.entry("have", "had"),
            Map.entry("do", "did"), Map.entry("go", "went"), Map.entry("get", "got"), Map.entry("make", "made"),
            Map.entry("take", "took"), Map.entry("find", "found"), Map.entry("see", "saw"), Map.entry("come", "came"),
            Map.entry("give", "gave"), Map.entry("grow", "grew"), Map.entry("fly", "flew"), Map.entry("swim", "swam"),
            Map.entry("sing", "sang"), Map.entry("win", "won"), Map.entry("build", "built"), Map.entry("catch", "caught"),
            Map.entry("teach", "taught"), Map.entry("learn", "learned"), Map.entry("meet", "met"), Map.entry("run", "ran"),
            Map.entry("ride", "rode"), Map.entry("write", "wrote"), Map.entry("read", "read"), Map.entry("lose", "lost"),
            Map.entry("fight", "fought"), Map.entry("leave", "left"), Map.entry("keep", "kept"), Map.entry("sleep", "slept"),
            Map.entry("feel", "felt"), Map.entry("hold", "held"), Map.entry("bring", "brought"), Map.entry("buy", "bought"),
            Map.entry("think", "thought"), Map.entry("seek", "sought"), Map.entry("steal", "stole"), Map.entry("break", "broke"),
            Map.entry("speak", "spoke"), Map.entry("wake", "woke"), Map.entry("drive", "drove"), Map.entry("eat", "ate"),
            Map.entry("drink", "drank"), Map.entry("fall", "fell"), Map.entry("begin", "began"), Map.entry("become", "became"),
            Map.entry("know", "knew"), Map.entry("throw", "threw"), Map.entry("draw", "drew"), Map.entry("dig", "dug"),
            Map.entry("hide", "hid"), Map.entry("bite", "bit"), Map.entry("shine", "shone"), Map.entry("sell", "sold"),
            Map.entry("tell", "told"), Map.entry("send", "sent"), Map.entry("spend", "spent"), Map.entry("stand", "stood"),
            Map.entry("understand", "understood"), Map.entry("light", "lit"), Map.entry("put", "put"), Map.entry("cut", "cut"),
            Map.entry("set", "set"), Map.entry("let", "let"), Map.entry("hit", "hit"), Map.entry("shut", "shut"),
            Map.entry("sit", "sat"), Map.entry("say", "said"), Map.entry("pay", "paid"), Map.entry("lead", "led"),
            Map.entry("feed", "fed"), Map.entry("rise", "rose"), Map.entry("choose", "chose"), Map.entry("forget", "forgot"),
            Map.entry("save", "saved"), Map.entry("can", "could"), Map.entry("will", "would"), Map.entry("must", "had to"),
            Map.entry("befriend", "befriended"), Map.entry("overcome", "overcame"), Map.entry("undertake", "undertook"),
            Map.entry("freeze", "froze"), Map.entry("blow", "blew"), Map.entry("shake", "shook"), Map.entry("wear", "wore"),
            Map.entry("hear", "heard"), Map.entry("open", "opened"), Map.entry("travel", "travelled"), Map.entry("mean", "meant"), Map.entry("sink", "sank"), Map.entry("ring", "rang"));

    private static final Set<Character> VOWELS = Set.of('a', 'e', 'i', 'o', 'u');

    private Inflection() {
    }

    static String past(String verb) {
        String lower = verb.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return irregular;
        }
        int n = lower.length();
        if (n < 2) {
            return lower + "ed";
        }
        char last = lower.charAt(n - 1);
        char before = lower.charAt(n - 2);
        if (last == 'e') {
            return lower + "d";
        }
        if (last == 'y' && !VOWELS.contains(before)) {
            return lower.substring(0, n - 1) + "ied";
        }
        // One short syllable ending consonant-vowel-consonant doubles its last letter: stop, stopped.
        boolean shortSyllable = n <= 4 && !VOWELS.contains(last) && "wxy".indexOf(last) < 0 && VOWELS.contains(before)
                && (n < 3 || !VOWELS.contains(lower.charAt(n - 3)));
        return shortSyllable ? lower + last + "ed" : lower + "ed";
    }
}
