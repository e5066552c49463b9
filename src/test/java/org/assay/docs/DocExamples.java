package org.assay.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests a Markdown document shows, read as a reader would type them.
 *
 * <p>A request is a {@code ```sh} block that calls {@code curl} on {@code localhost:8080}; every
 * command in it must be a request, one of:
 * <pre>
 * curl -s [-i] [-u USER] [-X METHOD] [-H 'Name: value']... [-d 'BODY'] 'localhost:8080/PATH'
 * NAME=$(curl ... | jq -r .member)          # keeps one member of the answer as $NAME for later requests
 * </pre>
 * with {@code \} continuing a line, {@code #} starting a comment, words quoted '...' or "..." as in
 * a shell, and {@code $NAME} or {@code ${NAME}} replaced by a value kept earlier in the document. A
 * block the test cannot or should not run (it needs a token, a file beside the reader, minutes of
 * work) is marked on the line above it with {@code <!-- not run: why -->}.
 *
 * <p>The fenced block right after a request's block, if it is {@code ```json}, is the answer of the
 * block's last request, abridged as {@link ShownJson} describes.
 */
final class DocExamples {
    private static final Pattern FENCE = Pattern.compile("^```(\\S*)\\s*$");
    private static final Pattern CAPTURE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)=\\$\\((curl .*)\\|\\s*jq -r (\\.\\S+)\\)$", Pattern.DOTALL);
    private static final Pattern NOT_RUN = Pattern.compile("^<!--\\s*not run:.*-->$");
    private static final String HOST = "localhost:8080";

    /** One request: where it is shown, what to send, and which member to keep, if any. */
    record Request(int line, String source, String method, String path, String user, Map<String, String> headers,
                   String body, String keepAs, String keepMember) {
    }

    /** A block of requests and the answer shown for its last one (null when none is shown). */
    record Example(int line, List<String> commands, String shownAnswer) {
    }

    private record Block(int line, String language, String text, boolean notRun) {
    }

    private DocExamples() {
    }

    static List<Example> read(Path document) throws IOException {
        List<Block> blocks = blocks(Files.readAllLines(document));
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.language().equals("sh") || block.notRun() || !block.text().contains("curl")
                    || !block.text().contains(HOST)) {
                continue;
            }
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            String shown = next != null && next.language().equals("json") ? next.text() : null;
            examples.add(new Example(block.line(), commands(block.text()), shown));
        }
        return examples;
    }

    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches()) {
                continue;
            }
            boolean notRun = i > 0 && NOT_RUN.matcher(lines.get(i - 1).trim()).matches();
            int start = i;
            StringBuilder text = new StringBuilder();
            for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                text.append(lines.get(i)).append('\n');
            }
            blocks.add(new Block(start + 1, fence.group(1), text.toString(), notRun));
        }
        return blocks;
    }

    /** The block's commands, each line continued by a {@code \\} or an open quote joined to the next. */
    private static List<String> commands(String text) {
        List<String> commands = new ArrayList<>();
        StringBuilder command = new StringBuilder();
        for (String line : text.split("\n")) {
            command.append(line);
            if (quoteOpen(command)) {
                command.append('\n');
                continue;
            }
            if (line.endsWith("\\")) {
                command.setLength(command.length() - 1);
                command.append(' ');
                continue;
            }
            String whole = command.toString().trim();
            if (!whole.isEmpty() && !whole.startsWith("#")) {
                commands.add(whole);
            }
            command.setLength(0);
        }
        return commands;
    }

    /** Whether a quote is still open at the end, as a shell reads quotes. */
    private static boolean quoteOpen(CharSequence text) {
        char open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open == 0 && c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                return false;
            }
            if (open == 0 && (c == '\'' || c == '"')) {
                open = c;
            } else if (open == c) {
                open = 0;
            } else if (c == '\\' && open != '\'') {
                i++;
            }
        }
        return open != 0;
    }

    /** Reads one command as a request, with the values kept so far put in. */
    static Request request(int line, String command, Map<String, String> kept) {
        String keepAs = null;
        String keepMember = null;
        String curl = command;
        Matcher capture = CAPTURE.matcher(command);
        if (capture.matches()) {
            keepAs = capture.group(1);
            curl = capture.group(2).trim();
            keepMember = capture.group(3).substring(1);
        }
        List<String> words = words(curl, kept);
        if (words.isEmpty() || !words.get(0).equals("curl")) {
            throw new IllegalArgumentException("not a request: " + command);
        }
        String method = null;
        String url = null;
        String user = null;
        String body = null;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-s", "-i", "-S", "-sS" -> {
                }
                case "-X" -> method = words.get(++i);
                case "-u" -> user = words.get(++i).split(":", 2)[0];
                case "-H" -> {
                    String[] header = words.get(++i).split(":", 2);
                    headers.put(header[0].trim(), header[1].trim());
                }
                case "-d", "--data", "--data-raw" -> body = words.get(++i);
                default -> {
                    if (word.startsWith("-") || url != null) {
                        throw new IllegalArgumentException("the test reads no curl option " + word + ": " + command);
                    }
                    url = word;
                }
            }
        }
        if (url == null || !url.replaceFirst("^http://", "").startsWith(HOST + "/")) {
            throw new IllegalArgumentException("no URL on " + HOST + ": " + command);
        }
        String path = url.replaceFirst("^http://", "").substring(HOST.length());
        return new Request(line, command, method != null ? method : body != null ? "POST" : "GET", path, user, headers, body,
                keepAs, keepMember);
    }

    /** Splits a command into words as a shell does, for the quoting a reader types. */
    static List<String> words(String command, Map<String, String> kept) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            if (word == null) {
                if (c == '#') {
                    break;
                }
                word = new StringBuilder();
            }
            if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed ' in: " + command);
                }
                word.append(command, i + 1, end);
                i = end;
            } else if (c == '"') {
                for (i++; i < command.length() && command.charAt(i) != '"'; i++) {
                    char d = command.charAt(i);
                    if (d == '\\' && i + 1 < command.length() && "\"\\$`".indexOf(command.charAt(i + 1)) >= 0) {
                        word.append(command.charAt(++i));
                    } else if (d == '$') {
                        i = expand(command, i, word, kept);
                    } else {
                        word.append(d);
                    }
                }
                if (i == command.length()) {
                    throw new IllegalArgumentException("unclosed \" in: " + command);
                }
            } else if (c == '$') {
                i = expand(command, i, word, kept);
            } else if (c == '\\' && i + 1 < command.length()) {
                word.append(command.charAt(++i));
            } else {
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends the value of the variable at {@code at} ($NAME or ${NAME}); returns the index of its last character. */
    private static int expand(String command, int at, StringBuilder word, Map<String, String> kept) {
        boolean braced = at + 1 < command.length() && command.charAt(at + 1) == '{';
        int start = at + (braced ? 2 : 1);
        int end = start;
        while (end < command.length() && (Character.isLetterOrDigit(command.charAt(end)) || command.charAt(end) == '_')) {
            end++;
        }
        String name = command.substring(start, end);
        if (name.isEmpty() || braced && (end >= command.length() || command.charAt(end) != '}')) {
            throw new IllegalArgumentException("the test reads no $ here: " + command);
        }
        String value = kept.get(name);
        if (value == null) {
            throw new IllegalArgumentException("$" + name + " is not kept by an earlier request: " + command);
        }
        word.append(value);
        return braced ? end : end - 1;
    }
}
