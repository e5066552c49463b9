package org.assay.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses DRL that reaches outside the rules, before it is compiled: ending the process, starting
 * programs or threads, reflection and class loading, file, network and script access, reading the
 * environment, and loops that never end inside one consequence (no fire limit or watchdog can stop
 * those). Names are looked for in consequences, functions, conditions and imports alike, with
 * comments and string literals left out, so a message that mentions {@code System.exit} passes.
 *
 * <p>This is defence in depth, not a sandbox. Java 17 has none (the SecurityManager is gone), and a
 * list of names cannot catch every way round it. What protects the service is that only
 * authenticated rule authors can change rules; this check stops the obvious and the accidental, and
 * says where. A pack that needs more can be trusted by the operator ({@code assay.rules.trusted-packs}).
 */
final class DrlSafetyCheck {
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9a-fA-F]{4}");
    private static final List<Refusal> REFUSALS = List.of(
            refuse("\\bSystem\\s*\\.\\s*(exit|load|loadLibrary|getenv|getProperty|getProperties|setProperty|setProperties|clearProperty"
                    + "|setIn|setOut|setErr|setSecurityManager|console|inheritedChannel)\\b", "reaches the process or its environment"),
            refuse("\\bRuntime\\b", "reaches the process (exit, halt, exec)"),
            refuse("\\b(ProcessBuilder|ProcessHandle)\\b", "starts or controls other programs"),
            refuse("\\b(Thread|ThreadGroup|ThreadLocal|ExecutorService|Executors?|ForkJoinPool|CompletableFuture|Timer)\\b",
                    "starts or controls threads"),
            refuse("\\bjava\\s*\\.\\s*lang\\s*\\.\\s*(reflect|invoke)\\b|\\bMethodHandles?\\b"
                    + "|\\.\\s*(getDeclared\\w*|getMethods?|getFields?|getConstructors?|setAccessible|newInstance)\\s*\\(", "uses reflection"),
            refuse("\\bClass\\s*\\.\\s*forName\\b|\\bClassLoader\\b|\\.\\s*getClass\\s*\\(", "loads or inspects classes"),
            refuse("\\bjava\\s*\\.\\s*(io|nio|net)\\b|\\bjavax\\s*\\.\\s*(net|naming|management)\\b"
                    + "|\\b(Files|Paths|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile|Socket|ServerSocket"
                    + "|URL|URLConnection|HttpClient)\\b", "reads or writes files or the network"),
            refuse("\\bjavax\\s*\\.\\s*script\\b|\\bScriptEngine\\w*|\\borg\\s*\\.\\s*mvel2\\b|\\bMVEL\\s*\\.", "evaluates code from text"),
            refuse("\\bsun\\s*\\.\\s*misc\\b|\\bjdk\\s*\\.\\s*internal\\b|\\bUnsafe\\b", "reaches JVM internals"),
            refuse("\\bwhile\\s*\\(\\s*true\\s*\\)|\\bfor\\s*\\([^;()]*;\\s*;",
                    "is a loop without end; a loop inside one consequence cannot be stopped in process"),
            refuse("\\bstr\\s*\\[", "uses the str[...] operator, which fails after about 20 evaluations in Drools 10.2.0"
                    + " (NoSuchMethodError); write field.startsWith(\"...\"), endsWith(...) or length() instead"));

    private record Refusal(Pattern pattern, String why) {
    }

    private DrlSafetyCheck() {
    }

    private static Refusal refuse(String regex, String why) {
        return new Refusal(Pattern.compile(regex), why);
    }

    /** Every refused reference in the files, each with its file, line and column; empty when all pass. */
    static List<CompileProblem> check(List<DrlFile> files) {
        List<CompileProblem> problems = new ArrayList<>();
        for (DrlFile file : files) {
            // Java reads unicode escapes before anything else, even inside a string, so one could hide code from this check.
            find(file, file.text(), UNICODE_ESCAPE,
                    found -> "refused by the safety check: the unicode escape '" + found + "' can hide code; write the character itself", problems);
            String code = DrlText.codeOnly(file.text());
            for (Refusal refusal : REFUSALS) {
                find(file, code, refusal.pattern(), found -> "refused by the safety check: '" + found + "' " + refusal.why(), problems);
            }
        }
        problems.sort(PackCompiler.BY_PLACE);
        return problems;
    }

    private static void find(DrlFile file, String text, Pattern pattern, UnaryOperator<String> message, List<CompileProblem> problems) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String found = m.group().strip().replaceAll("\\s+", " ");
            problems.add(new CompileProblem(file.path(), DrlText.line(text, m.start()), DrlText.column(text, m.start()), message.apply(found)));
        }
    }
}
