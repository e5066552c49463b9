package org.assay.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The one neutral rule spec every engine runs: facts {@code Item {id, a, b, c, category}} and rule
 * i, {@code R<i>}: an item whose {@code a} exceeds t_i and whose category is k_i gives outcome
 * {@code R<i>:<item id>}. Thresholds, categories and items come from fixed seeds, so every engine
 * and every run sees the same rules and the same fact sets.
 */
public final class SyntheticRules {
    /** Ten categories: a rule reaches a tenth of the items, and about half of those pass its threshold. */
    public static final int CATEGORIES = 10;
    private static final int RANGE = 100;

    public record Rule(String id, int threshold, String category) {
    }

    /** A bean rather than a record: Easy Rules' MVEL reads {@code item.a} through a getter. */
    public static final class Item {
        private final String id;
        private final int a;
        private final int b;
        private final int c;
        private final String category;

        public Item(String id, int a, int b, int c, String category) {
            this.id = id;
            this.a = a;
            this.b = b;
            this.c = c;
            this.category = category;
        }

        public String getId() {
            return id;
        }

        public int getA() {
            return a;
        }

        public int getB() {
            return b;
        }

        public int getC() {
            return c;
        }

        public String getCategory() {
            return category;
        }
    }

    private SyntheticRules() {
    }

    public static List<Rule> rules(int count) {
        Random random = new Random(7);
        List<Rule> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rules.add(new Rule("R" + i, random.nextInt(RANGE), category(random.nextInt(CATEGORIES))));
        }
        return rules;
    }

    public static List<Item> items(int count, long seed) {
        Random random = new Random(seed);
        List<Item> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(new Item("i" + i, random.nextInt(RANGE), random.nextInt(RANGE), random.nextInt(RANGE),
                    category(random.nextInt(CATEGORIES))));
        }
        return items;
    }

    /** What the spec says fires, straight from its definition: the reference the engines are checked against. */
    public static List<String> expected(List<Rule> rules, List<Item> items) {
        List<String> fired = new ArrayList<>();
        for (Item item : items) {
            for (Rule rule : rules) {
                if (item.getA() > rule.threshold() && item.getCategory().equals(rule.category())) {
                    fired.add(outcome(rule.id(), item.getId()));
                }
            }
        }
        return fired.stream().sorted().toList();
    }

    public static String outcome(String rule, String item) {
        return rule + ":" + item;
    }

    private static String category(int k) {
        return "k" + k;
    }
}
