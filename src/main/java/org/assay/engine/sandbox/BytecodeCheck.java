package org.assay.engine.sandbox;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Verifies every class a pack compiled to, before any of it is loaded, against {@link PolicyApi}:
 * each call, field, type, constant and lambda it names must be the pack's own or allowed, and its
 * code must end by itself (no loop, no recursion, no array sized by a variable, no lock), so that
 * the time limit, which stops an assessment between rule firings, can stop every assessment.
 *
 * <p>Loops are refused outright rather than bounded: a loop's bound is not visible in bytecode, and
 * policy code never needs one, since a condition can {@code accumulate} and a consequence can stream
 * over a collection, both bounded by the facts.
 */
public final class BytecodeCheck {
    /** One thing a class uses that policy code may not. */
    record Refusal(String className, String method, String used, String why) {
    }

    /** Classes the executable model writes to describe rules: they carry the pack's literals, never its code (see DrlFormCheck). */
    private static final Pattern STRUCTURE = Pattern.compile(".*/Rules[0-9A-F]{32}(RuleMethods\\d+)?"
            + "|.*/DomainClassesMetadata[0-9A-F]{32}(\\$\\w+_Metadata)?|org/drools/project/model/ProjectModel\\w*");
    private static final Set<String> LAMBDA_BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory.metafactory",
            "java/lang/invoke/LambdaMetafactory.altMetafactory", "java/lang/invoke/StringConcatFactory.makeConcatWithConstants");
    /** What every class inherits from Object that policy code may not call on the pack's own types either. */
    private static final Set<String> OBJECT_INTERNALS = Set.of("getClass", "wait", "notify", "notifyAll", "finalize", "getDeclaringClass");
    /** The time limit's exception and the JVM's errors, and every class above them. */
    private static final Set<String> UNCATCHABLE = Set.of("java/lang/Throwable", "java/lang/Exception", "java/lang/RuntimeException",
            "java/lang/Error", "java/lang/VirtualMachineError", "java/lang/StackOverflowError", "java/lang/OutOfMemoryError",
            "java/lang/LinkageError", "java/lang/ThreadDeath", "java/lang/InternalError", "org/assay/engine/sandbox/PolicyBudget$TimeLimitReached");
    /** Arrays up to this many elements are what varargs calls and literals make; a bigger one is refused. */
    private static final int LARGEST_ARRAY = 1024;

    private final Set<String> packClasses;
    /** The pack's DRL functions: the executable model compiles them into a structure class, but they are the pack's code. */
    private final Set<String> functions;
    private final List<Refusal> refusals = new ArrayList<>();
    private final Map<String, Set<String>> calls = new HashMap<>();

    private BytecodeCheck(Set<String> packClasses, Set<String> functions) {
        this.packClasses = packClasses;
        this.functions = functions;
    }

    /**
     * @param classes   the pack's class files by internal name ({@code org/x/Type})
     * @param functions the names of the functions the pack's DRL declares
     */
    static List<Refusal> check(Map<String, byte[]> classes, Set<String> functions) {
        BytecodeCheck check = new BytecodeCheck(classes.keySet(), functions);
        classes.values().forEach(bytes -> new ClassReader(bytes).accept(check.new ClassCheck(), ClassReader.SKIP_FRAMES));
        check.refuseRecursion();
        return check.refusals;
    }

    static boolean isStructure(String className) {
        return STRUCTURE.matcher(className).matches();
    }

    private final class ClassCheck extends ClassVisitor {
        private String name;
        private boolean structureClass;
        private boolean enumeration;
        /** A declared type's class: DRL gives it fields only, so its equals and hashCode are Drools' own (they compare classes). */
        private boolean declaredType;

        ClassCheck() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            this.name = name;
            structureClass = isStructure(name);
            declaredType = interfaces != null && List.of(interfaces).contains("org/drools/base/factmodel/GeneratedFact");
            enumeration = "java/lang/Enum".equals(superName);
            if (superName != null && !superName.equals("java/lang/Object") && !superName.equals("java/lang/Enum")
                    && !packClasses.contains(superName)) {
                refuse(name, "<class>", superName.replace('/', '.'), "extends a class from outside the pack");
            }
            for (String type : interfaces == null ? new String[0] : interfaces) {
                if (!packClasses.contains(type) && !PolicyApi.allowsInterface(type)) {
                    refuse(name, "<class>", type.replace('/', '.'), "implements an interface from outside the pack");
                }
            }
        }

        @Override
        public void visitOuterClass(String owner, String method, String descriptor) {
            refuse(name, method == null ? "<class>" : method, "class", "is a class declared inside the pack's code (anonymous or local);"
                    + " write a lambda, or a function");
        }

        @Override
        public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                refuse(name, method, method, "is native code");
            }
            if ((access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                refuse(name, method, "synchronized", "takes a lock; policy code runs alone and needs none");
            }
            if (method.equals("finalize")) {
                refuse(name, method, "finalize", "would run the pack's code on the JVM's finalizer thread, outside any assessment");
            }
            // An enum's values() and valueOf() are written by the Java compiler, never from the pack's text.
            // So is $deserializeLambda$, which reads a serialized lambda's parts and never runs: packs are not deserialized.
            boolean generated = enumeration && (method.equals("values") || method.equals("valueOf")) || method.equals("$deserializeLambda$");
            boolean structure = structureClass && !method.startsWith("lambda$") && !functions.contains(method) || generated;
            boolean comparesClasses = declaredType && (method.equals("equals") || method.equals("hashCode"));
            return new MethodCheck(name, method, descriptor, structure || comparesClasses, generated);
        }
    }

    private final class MethodCheck extends MethodVisitor {
        private final String owner;
        private final String method;
        private final String self;
        private final boolean structure;
        /** Written by the Java compiler (an enum's values()): the only code exempt from the size and catch checks. */
        private final boolean compilerWritten;
        private final Set<Label> seen = new HashSet<>();
        /** Handlers of broad catches not yet reached, and the one being read: such a handler may only throw again. */
        private final Map<Label, String> broadHandlers = new HashMap<>();
        private Rethrow rethrow;
        /** The int constant pushed by the previous instruction, or -1 when it pushed none. */
        private int constant = -1;

        MethodCheck(String owner, String method, String descriptor, boolean structure, boolean compilerWritten) {
            super(Opcodes.ASM9);
            this.compilerWritten = compilerWritten;
            this.owner = owner;
            this.method = method;
            this.self = owner + "." + method + descriptor;
            this.structure = structure;
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (!compilerWritten && type != null && UNCATCHABLE.contains(type)) {
                broadHandlers.put(handler, type);
            }
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
            String caught = broadHandlers.remove(label);
            if (caught != null) {
                rethrow = new Rethrow(caught);
            }
        }

        @Override
        public void visitEnd() {
            broadHandlers.values().forEach(this::refuseCatch);
        }

        private void refuseCatch(String type) {
            refuse(owner, method, "catch " + dotted(type), "would catch what stops runaway code (the time limit, a stack or memory"
                    + " overflow); catch the exception you expect, such as NumberFormatException");
        }

        /** Feeds the instruction to the handler being read, if any; false once that handler has proved not to rethrow. */
        private void handler(int opcode, String detail) {
            if (rethrow != null) {
                Rethrow.Step step = rethrow.next(opcode, detail);
                if (step == Rethrow.Step.FAILED) {
                    refuseCatch(rethrow.type);
                }
                if (step != Rethrow.Step.READING) {
                    rethrow = null;
                }
            }
        }

        @Override
        public void visitInsn(int opcode) {
            handler(opcode, "");
            if (opcode == Opcodes.MONITORENTER) {
                refuse(owner, method, "synchronized", "takes a lock; policy code runs alone and needs none");
            }
            constant = opcode >= Opcodes.ICONST_0 && opcode <= Opcodes.ICONST_5 ? opcode - Opcodes.ICONST_0 : -1;
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            handler(opcode, "");
            if (opcode == Opcodes.NEWARRAY) {
                checkArraySize();
            }
            constant = opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH ? operand : -1;
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            handler(opcode, String.valueOf(varIndex));
            constant = -1;
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            handler(Opcodes.IINC, "");
            constant = -1;
        }

        @Override
        public void visitLdcInsn(Object value) {
            handler(Opcodes.LDC, "");
            constant = value instanceof Integer i ? i : -1;
            if (value instanceof Type type && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)) {
                checkType(type.getInternalName(), "names the class");
            } else if (value instanceof Handle || value instanceof ConstantDynamic) {
                refuse(owner, method, String.valueOf(value), "is a method handle constant (java.lang.invoke)");
            }
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            handler(opcode, type);
            if (opcode == Opcodes.ANEWARRAY) {
                checkArraySize();
            }
            constant = -1;
            checkType(type, opcode == Opcodes.NEW ? "creates" : "names the class");
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            refuse(owner, method, "new " + Type.getType(descriptor).getClassName(), "is an array of arrays, sized by variables");
            constant = -1;
        }

        @Override
        public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
            handler(opcode, "");
            constant = -1;
            if (packClasses.contains(fieldOwner)) {
                if (opcode == Opcodes.PUTSTATIC && !(fieldOwner.equals(owner) && method.equals("<clinit>"))) {
                    refuse(owner, method, dotted(fieldOwner) + "." + name, "changes a static field, which would outlive the assessment");
                }
                return;
            }
            if (opcode == Opcodes.PUTSTATIC || opcode == Opcodes.PUTFIELD) {
                refuse(owner, method, dotted(fieldOwner) + "." + name, "changes a field of a class outside the pack");
            } else if (!PolicyApi.allowsMember(fieldOwner, name, descriptor, structure)) {
                refuse(owner, method, dotted(fieldOwner) + "." + name, "is not something policy code may use");
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String callee, String name, String descriptor, boolean isInterface) {
            handler(opcode, callee + "." + name + descriptor);
            constant = -1;
            checkCall(callee, name, descriptor);
        }

        private void checkCall(String callee, String name, String descriptor) {
            if (callee.startsWith("[")) {
                if (!name.equals("clone")) {
                    refuse(owner, method, name, "is not something policy code may do with an array");
                }
                return;
            }
            if (!structure && OBJECT_INTERNALS.contains(name)) {
                refuse(owner, method, dotted(callee) + "." + name + "()", "reaches the class or its lock (reflection, threads)");
                return;
            }
            if (packClasses.contains(callee)) {
                calls.computeIfAbsent(self, k -> new LinkedHashSet<>()).add(callee + "." + name + descriptor);
                return;
            }
            if (!PolicyApi.allowsMember(callee, name, descriptor, structure)) {
                refuse(owner, method, dotted(callee) + "." + name + "()", "is not something policy code may use");
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            handler(Opcodes.INVOKEDYNAMIC, "");
            constant = -1;
            if (!LAMBDA_BOOTSTRAPS.contains(bootstrap.getOwner() + "." + bootstrap.getName())) {
                refuse(owner, method, dotted(bootstrap.getOwner()) + "." + bootstrap.getName(), "is a dynamic call site (java.lang.invoke)");
                return;
            }
            for (Object argument : arguments) {
                if (argument instanceof Handle target) {
                    checkCall(target.getOwner(), target.getName(), target.getDesc());
                }
            }
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            handler(opcode, "");
            constant = -1;
            if (seen.contains(label)) {
                refuse(owner, method, "loop", "is a loop; policy code may not loop");
            }
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            checkSwitch(dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            checkSwitch(dflt, labels);
        }

        private void checkSwitch(Label dflt, Label[] labels) {
            handler(Opcodes.TABLESWITCH, "");
            constant = -1;
            boolean back = seen.contains(dflt);
            for (Label label : labels) {
                back |= seen.contains(label);
            }
            if (back) {
                refuse(owner, method, "loop", "is a loop; policy code may not loop");
            }
        }

        private void checkArraySize() {
            if (!compilerWritten && (constant < 0 || constant > LARGEST_ARRAY)) {
                refuse(owner, method, "new array", "is an array sized by a variable or larger than " + LARGEST_ARRAY);
            }
        }

        private void checkType(String type, String verb) {
            String element = type.replaceFirst("^\\[+L?", "").replaceFirst(";$", "");
            if (!packClasses.contains(element) && !PolicyApi.allowsType(type, structure)) {
                refuse(owner, method, dotted(element), verb + " " + dotted(element) + ", which policy code may not use");
            }
        }
    }

    /**
     * Reads a broad catch's handler: it may only throw what it caught again, as it is or wrapped in a
     * RuntimeException (which the executable model writes around functions), so the time limit's
     * exception still reaches the engine.
     */
    private static final class Rethrow {
        enum Step { READING, PASSED, FAILED }

        private static final List<String> WRAPPED = List.of("NEW java/lang/RuntimeException", "DUP", "ALOAD",
                "INVOKESPECIAL java/lang/RuntimeException.<init>(Ljava/lang/Throwable;)V", "ATHROW");
        private static final List<String> AS_IS = List.of("ALOAD", "ATHROW");

        private final String type;
        private int at = -1;
        private List<String> expected;

        Rethrow(String type) {
            this.type = type;
        }

        Step next(int opcode, String detail) {
            String seen = switch (opcode) {
                case Opcodes.ASTORE -> "ASTORE";
                case Opcodes.ALOAD -> "ALOAD";
                case Opcodes.DUP -> "DUP";
                case Opcodes.ATHROW -> "ATHROW";
                case Opcodes.NEW -> "NEW " + detail;
                case Opcodes.INVOKESPECIAL -> "INVOKESPECIAL " + detail;
                default -> "?";
            };
            if (at < 0) {
                if (!seen.equals("ASTORE")) {
                    return seen.equals("ATHROW") ? Step.PASSED : Step.FAILED;
                }
                at = 0;
                return Step.READING;
            }
            if (expected == null) {
                expected = seen.equals("ALOAD") ? AS_IS : WRAPPED;
            }
            if (!seen.equals(expected.get(at))) {
                return Step.FAILED;
            }
            at++;
            return at == expected.size() ? Step.PASSED : Step.READING;
        }
    }

    /** A cycle of calls among the pack's own methods (a function calling itself, or two calling each other) could run for ever. */
    private void refuseRecursion() {
        Set<String> done = new HashSet<>();
        for (String start : calls.keySet()) {
            findCycle(start, new LinkedHashSet<>(), done);
        }
    }

    private void findCycle(String method, LinkedHashSet<String> path, Set<String> done) {
        if (done.contains(method)) {
            return;
        }
        if (!path.add(method)) {
            String className = method.substring(0, method.indexOf('.'));
            String name = method.substring(method.indexOf('.') + 1, method.indexOf('('));
            refuse(className, name, name, "calls itself, directly or through other functions; policy code may not recurse");
            return;
        }
        for (String callee : calls.getOrDefault(method, Set.of())) {
            findCycle(callee, path, done);
        }
        path.remove(method);
        done.add(method);
    }

    private void refuse(String className, String method, String used, String why) {
        Refusal refusal = new Refusal(className, method, used, why);
        if (!refusals.contains(refusal)) {
            refusals.add(refusal);
        }
    }

    private static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }
}
