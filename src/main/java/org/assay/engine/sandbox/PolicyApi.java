package org.assay.engine.sandbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What compiled policy code may touch, as an allowlist of classes and their members: the pack's own
 * types, the engine's outcome types, {@code insert}/{@code insertLogical}, strings, boxed numbers,
 * {@code Math}, and the read-only parts of {@code java.util} collections and streams over them.
 * Everything else is refused, so a new route out of the rules (a JDK class nobody thought of) is
 * closed by default instead of open until someone lists it.
 *
 * <p>Two tiers. Policy code is anything that came from the pack's text: consequences, constraints,
 * functions, {@code from} and {@code accumulate} code, initialisers. Structure is the code Drools'
 * executable model writes around it to describe the rules (which patterns, which lambdas, which
 * metadata): it may also call the model's builder API, which policy code may not.
 *
 * <p>Members are named without their descriptor: every overload of an allowed name is allowed, so
 * only names whose every overload is harmless are listed, and the few harmful overloads (a capacity
 * sized by a variable) are named in {@link #REFUSED_SIGNATURES}.
 */
final class PolicyApi {
    private static final String ANY = "*";

    private static final List<String> READ_COLLECTION = List.of("size", "isEmpty", "contains", "containsAll", "get", "getOrDefault",
            "indexOf", "lastIndexOf", "iterator", "listIterator", "hasNext", "next", "hasPrevious", "previous", "nextIndex",
            "previousIndex", "stream", "subList", "keySet", "values", "entrySet", "getKey", "getValue", "containsKey",
            "containsValue", "equals", "hashCode", "toString", "forEach", "first", "last", "firstKey", "lastKey", "headSet",
            "tailSet", "subSet", "headMap", "tailMap", "subMap", "floor", "ceiling", "higher", "lower", "comparator",
            "peek", "peekFirst", "peekLast", "getFirst", "getLast", "toArray", "spliterator");
    private static final List<String> COLLECTION_TYPES = List.of("java/util/Collection", "java/util/List", "java/util/Set",
            "java/util/Map", "java/util/Map$Entry", "java/util/SortedSet", "java/util/SortedMap", "java/util/NavigableSet",
            "java/util/NavigableMap", "java/util/Iterator", "java/util/ListIterator", "java/util/Deque", "java/util/Queue",
            "java/util/ArrayList", "java/util/LinkedList", "java/util/HashMap", "java/util/HashSet", "java/util/LinkedHashMap",
            "java/util/LinkedHashSet", "java/util/TreeMap", "java/util/TreeSet", "java/util/ArrayDeque", "java/util/AbstractList",
            "java/util/AbstractCollection", "java/util/AbstractMap$SimpleEntry", "java/util/AbstractMap$SimpleImmutableEntry",
            "java/lang/Iterable");
    /** Stream sources and stages that are unbounded, parallel (threads) or leave the stream's collection. */
    private static final Set<String> STREAM_REFUSED = Set.of("parallel", "iterate", "generate", "range", "rangeClosed",
            "parallelStream", "onClose", "close", "concat", "ofNullable");
    private static final List<String> STREAM_TYPES = List.of("java/util/stream/Stream", "java/util/stream/IntStream",
            "java/util/stream/LongStream", "java/util/stream/DoubleStream", "java/util/stream/BaseStream");
    private static final List<String> BOXED = List.of("java/lang/Integer", "java/lang/Long", "java/lang/Short", "java/lang/Byte",
            "java/lang/Double", "java/lang/Float", "java/lang/Boolean", "java/lang/Character", "java/lang/Number");

    /** Policy code: owner -> allowed member names ("*" for all but those refused). */
    private static final Map<String, Set<String>> POLICY = new HashMap<>();
    /** Members refused even where their owner is allowed: they read system properties, use regular expressions that can run for ever, or allocate by a variable. */
    private static final Map<String, Set<String>> REFUSED = new HashMap<>();
    /** Overloads refused by exact signature, where the same name is harmless otherwise. */
    private static final Set<String> REFUSED_SIGNATURES = Set.of(
            "java/lang/StringBuilder.<init>(I)V", "java/util/ArrayList.<init>(I)V", "java/util/HashMap.<init>(I)V",
            "java/util/HashMap.<init>(IF)V", "java/util/HashSet.<init>(I)V", "java/util/HashSet.<init>(IF)V",
            "java/util/LinkedHashMap.<init>(I)V", "java/util/LinkedHashMap.<init>(IF)V", "java/util/LinkedHashMap.<init>(IFZ)V",
            "java/util/LinkedHashSet.<init>(I)V", "java/util/LinkedHashSet.<init>(IF)V", "java/util/ArrayDeque.<init>(I)V",
            "java/math/BigDecimal.valueOf(JI)Ljava/math/BigDecimal;");
    /** Structure: what the executable model's own generated code calls, on top of the policy allowlist. */
    private static final Map<String, Set<String>> STRUCTURE = new HashMap<>();
    /** Prefixes of the model's builder API that only structure may use. */
    private static final List<String> STRUCTURE_PREFIXES = List.of("org/drools/model/", "org/drools/modelcompiler/dsl/",
            "org/drools/core/base/accumulators/");
    /** Inside those prefixes: the compiler itself, the JVM-wide operator registry, and an accumulate made from a class by reflection. */
    private static final List<String> STRUCTURE_EXCLUDED = List.of("org/drools/model/codegen/", "org/drools/model/functions/Operator$Register",
            "org/drools/modelcompiler/dsl/pattern/D.accFunction(Ljava/lang/Class;", "org/drools/model/DSL.accFunction(Ljava/lang/Class;",
            "org/drools/model/PatternDSL.accFunction(Ljava/lang/Class;");
    private static final Set<String> STRUCTURE_INTERFACES = Set.of("java/io/Serializable", "org/drools/base/factmodel/GeneratedFact",
            "org/drools/base/factmodel/AccessibleFact", "org/drools/model/DomainClassMetadata", "org/drools/model/Model",
            "org/drools/modelcompiler/CanonicalKieModuleModel", "java/lang/Comparable",
            // The class Drools writes for an accumulate's init, action and result code.
            "org/kie/api/runtime/rule/AccumulateFunction", "java/io/Externalizable");

    static {
        allow(POLICY, "java/lang/Object", "<init>", "equals", "hashCode", "toString");
        allow(POLICY, "java/lang/String", ANY);
        // format's widths are sizes (Text.format bounds them), indent and repeat allocate by a count, regular expressions can backtrack for ever.
        refuse("java/lang/String", "matches", "replaceAll", "replaceFirst", "split", "repeat", "indent", "format", "formatted", "intern",
                "describeConstable", "resolveConstantDesc", "transform", "splitWithDelimiters");
        allow(POLICY, "java/lang/StringBuilder", "<init>", "append", "toString", "length", "charAt", "insert", "reverse",
                "indexOf", "lastIndexOf", "substring", "isEmpty", "deleteCharAt", "delete", "replace", "setCharAt");
        allow(POLICY, "java/lang/CharSequence", "length", "charAt", "toString", "subSequence", "isEmpty", "chars");
        allow(POLICY, "java/lang/Comparable", "compareTo");
        allow(POLICY, "java/lang/Math", ANY);
        allow(POLICY, "java/lang/StrictMath", ANY);
        for (String boxed : BOXED) {
            allow(POLICY, boxed, ANY);
        }
        refuse("java/lang/Integer", "getInteger", "describeConstable", "resolveConstantDesc");
        refuse("java/lang/Long", "getLong", "describeConstable", "resolveConstantDesc");
        refuse("java/lang/Boolean", "getBoolean", "describeConstable");
        refuse("java/lang/Double", "describeConstable", "resolveConstantDesc");
        refuse("java/lang/Float", "describeConstable", "resolveConstantDesc");
        // Reading and comparing a decimal fact; no parsing, scales or precisions, which are sizes ("1e999999999", setScale).
        allow(POLICY, "java/math/BigDecimal", "valueOf", "add", "subtract", "compareTo", "equals", "hashCode", "toString",
                "doubleValue", "intValue", "longValue", "floatValue", "signum", "abs", "negate", "min", "max");
        allow(POLICY, "java/lang/Enum", "<init>", "name", "ordinal", "compareTo", "equals", "hashCode", "toString", "valueOf");
        for (String exception : List.of("java/lang/Throwable", "java/lang/Exception", "java/lang/RuntimeException",
                "java/lang/IllegalArgumentException", "java/lang/IllegalStateException", "java/lang/ArithmeticException",
                "java/lang/NullPointerException", "java/lang/UnsupportedOperationException", "java/lang/IndexOutOfBoundsException",
                "java/lang/NumberFormatException", "java/lang/ClassCastException", "java/lang/NoSuchFieldError")) {
            allow(POLICY, exception, "<init>", "getMessage", "addSuppressed", "toString");
        }
        allow(POLICY, "java/util/Objects", "equals", "hash", "hashCode", "isNull", "nonNull", "toString", "requireNonNull",
                "requireNonNullElse", "compare", "deepEquals", "checkIndex");
        for (String type : COLLECTION_TYPES) {
            allow(POLICY, type, READ_COLLECTION.toArray(String[]::new));
        }
        for (String type : List.of("java/util/ArrayList", "java/util/LinkedList", "java/util/HashMap", "java/util/HashSet",
                "java/util/LinkedHashMap", "java/util/LinkedHashSet", "java/util/TreeMap", "java/util/TreeSet", "java/util/ArrayDeque")) {
            allow(POLICY, type, "<init>");
        }
        allow(POLICY, "java/util/List", "of", "copyOf");
        allow(POLICY, "java/util/Set", "of", "copyOf");
        allow(POLICY, "java/util/Map", "of", "copyOf", "entry", "ofEntries");
        allow(POLICY, "java/util/Arrays", "asList", "toString", "equals", "hashCode", "stream");
        allow(POLICY, "java/util/Collections", "emptyList", "emptySet", "emptyMap", "singletonList", "singleton", "singletonMap",
                "unmodifiableList", "unmodifiableSet", "unmodifiableMap", "unmodifiableCollection", "unmodifiableSortedSet",
                "unmodifiableSortedMap", "max", "min", "frequency", "disjoint");
        allow(POLICY, "java/util/Optional", ANY);
        allow(POLICY, "java/util/OptionalInt", ANY);
        allow(POLICY, "java/util/OptionalLong", ANY);
        allow(POLICY, "java/util/OptionalDouble", ANY);
        for (String optional : List.of("java/util/Optional", "java/util/OptionalInt", "java/util/OptionalLong", "java/util/OptionalDouble")) {
            refuse(optional, "stream");
        }
        allow(POLICY, "java/util/Comparator", ANY);
        allow(POLICY, "java/util/IntSummaryStatistics", ANY);
        allow(POLICY, "java/util/DoubleSummaryStatistics", ANY);
        allow(POLICY, "java/util/LongSummaryStatistics", ANY);
        allow(POLICY, "java/util/StringJoiner", "<init>", "length");
        for (String type : STREAM_TYPES) {
            allow(POLICY, type, ANY);
            refuse(type, STREAM_REFUSED.toArray(String[]::new));
        }
        allow(POLICY, "java/util/stream/Collectors", ANY);
        allow(POLICY, "java/util/stream/Collector", "of");
        // Lambdas may be passed to streams, comparators and collectors, which call them; policy code itself may not
        // hold or call a function (java.util.function), since a function that reaches itself recurses without a call the
        // check could see.
        allow(POLICY, "org/assay/engine/outcome/", ANY);
        // The consequence's handle on the engine: only what inserts an outcome.
        allow(POLICY, "org/drools/model/Drools", "insert", "insertLogical");
        allow(POLICY, "org/drools/modelcompiler/consequence/DroolsImpl", "asKnowledgeHelper");
        allow(POLICY, "org/drools/core/rule/consequence/KnowledgeHelper", "insert", "insertLogical");
        // Generated constraints test 'in' and 'contains' through D.eval with one of the model's operators, and compare through these null-safe helpers.
        allow(POLICY, "org/drools/modelcompiler/dsl/pattern/D", "eval");
        allow(POLICY, "org/drools/modelcompiler/util/EvaluationUtil", "areNullSafeEquals", "areNumbersNullSafeEquals", "equals",
                "notEquals", "greaterOrEqual", "greaterOrEqualNumbers", "greaterOrEqualStringsAsNumbers", "greaterThan",
                "greaterThanNumbers", "greaterThanStringsAsNumbers", "lessOrEqual", "lessOrEqualNumbers",
                "lessOrEqualStringsAsNumbers", "lessThan", "lessThanNumbers", "lessThanStringsAsNumbers", "toBigDecimal", "string2Int");
        // The interfaces generated lambdas implement, and what a generated predicate says about itself.
        // A constraint shared by more than PredicateInformation.MAX_RULE_DEFS (10) rules only sets a flag that shortens its error messages.
        allow(POLICY, "org/drools/model/functions/", "getExpressionHash", "<init>", "addRuleNames", "predicateInformation", "setMoreThanMaxRuleDefs");
        // The operators generated constraints use for 'in', 'not in', 'contains' and 'memberOf'; not 'matches' (a regular expression).
        for (String operator : List.of("InOperator", "ContainsOperator", "ExcludesOperator", "MemberOfOperator")) {
            allow(POLICY, "org/drools/model/operators/" + operator, "eval", "test", "INSTANCE");
        }

        allow(STRUCTURE, "org/kie/api/KieServices", "get", "newKieModuleModel");
        allow(STRUCTURE, "org/kie/api/builder/model/", ANY);
        allow(STRUCTURE, "org/kie/api/conf/", ANY);
        allow(STRUCTURE, "org/kie/api/runtime/conf/ClockTypeOption", "get");
        allow(STRUCTURE, "org/kie/util/maven/support/ReleaseIdImpl", "<init>");
        allow(STRUCTURE, "org/drools/util/DateUtils", "getDateFormatMask");
        allow(STRUCTURE, "java/time/format/DateTimeFormatterBuilder", "<init>", "appendPattern", "parseCaseInsensitive", "toFormatter");
        allow(STRUCTURE, "java/util/Locale", "ENGLISH");
        allow(STRUCTURE, "java/util/List", "add");
        allow(STRUCTURE, "java/util/ArrayList", "add");
        allow(STRUCTURE, "java/lang/System", "arraycopy");
        allow(STRUCTURE, "java/lang/Object", "getClass");
        allow(STRUCTURE, "java/lang/Class", "getName");
        allow(STRUCTURE, "java/lang/invoke/SerializedLambda", "getImplMethodName", "getImplMethodKind", "getFunctionalInterfaceClass",
                "getFunctionalInterfaceMethodName", "getFunctionalInterfaceMethodSignature", "getImplClass", "getImplMethodSignature",
                "getCapturedArg");
    }

    private PolicyApi() {
    }

    private static void allow(Map<String, Set<String>> tier, String owner, String... members) {
        tier.merge(owner, Set.of(members), (a, b) -> {
            Set<String> all = new java.util.HashSet<>(a);
            all.addAll(b);
            return Set.copyOf(all);
        });
    }

    private static void refuse(String owner, String... members) {
        REFUSED.put(owner, Set.of(members));
    }

    /** Whether policy code (or, with {@code structure}, generated structure) may use this member of a class outside the pack. */
    static boolean allowsMember(String owner, String name, String descriptor, boolean structure) {
        if (REFUSED_SIGNATURES.contains(owner + "." + name + descriptor) || REFUSED.getOrDefault(owner, Set.of()).contains(name)) {
            return false;
        }
        if (listed(POLICY, owner, name)) {
            return true;
        }
        String member = owner + "." + name + descriptor;
        if (STRUCTURE_EXCLUDED.stream().anyMatch(excluded -> owner.startsWith(excluded) || member.startsWith(excluded))) {
            return false;
        }
        return structure && (listed(STRUCTURE, owner, name) || STRUCTURE_PREFIXES.stream().anyMatch(owner::startsWith));
    }

    /** Whether a class outside the pack may be named at all (cast, instanceof, class literal, array, catch). */
    static boolean allowsType(String type, boolean structure) {
        String element = type.replaceFirst("^\\[+L?", "").replaceFirst(";$", "");
        if (element.length() == 1) {
            return true; // an array of a primitive
        }
        if (POLICY.containsKey(element) || prefixListed(POLICY, element)) {
            return true;
        }
        return structure && (STRUCTURE.containsKey(element) || prefixListed(STRUCTURE, element)
                || STRUCTURE_PREFIXES.stream().anyMatch(element::startsWith));
    }

    /** Whether a generated class may implement this interface. */
    static boolean allowsInterface(String type) {
        return STRUCTURE_INTERFACES.contains(type) || type.startsWith("org/drools/model/functions/");
    }

    private static boolean listed(Map<String, Set<String>> tier, String owner, String name) {
        Set<String> members = tier.get(owner);
        if (members == null) {
            members = tier.entrySet().stream().filter(e -> e.getKey().endsWith("/") && owner.startsWith(e.getKey())
                    && owner.indexOf('/', e.getKey().length()) < 0).map(Map.Entry::getValue).findFirst().orElse(null);
        }
        return members != null && (members.contains(ANY) || members.contains(name));
    }

    private static boolean prefixListed(Map<String, Set<String>> tier, String type) {
        return tier.keySet().stream().anyMatch(k -> k.endsWith("/") && type.startsWith(k) && type.indexOf('/', k.length()) < 0);
    }
}
