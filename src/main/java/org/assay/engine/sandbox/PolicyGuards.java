package org.assay.engine.sandbox;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.Set;

/**
 * Rewrites an untrusted pack's checked classes so that the two things the bytecode check cannot bound
 * ahead are bounded while they run: time, by a {@link PolicyBudget#tick()} at the start of every
 * method (policy code cannot loop, so long work means many calls), and the size of strings, by
 * {@link PolicyText#bounded} after every concatenation and append (straight-line code can still
 * double a string thirty times: {@code s = s + s}), of the collections it makes (a list of a list of
 * the same list, forty deep, is 2^40 elements to hash or print), and of string searches (text times
 * pattern). Each insertion takes one value and gives it back, or replaces a call with one of the same
 * stack effect, so the stack and the frames stay as the compiler wrote them.
 */
public final class PolicyGuards {
    private static final String BUDGET = "org/assay/engine/sandbox/PolicyBudget";
    private static final String TEXT = "org/assay/engine/outcome/PolicyText";
    private static final Set<String> GROWING = Set.of("concat", "join", "replace", "append", "insert");
    private static final String VALUES = "org/assay/engine/outcome/PolicyValues";
    /** What a collection-making call returns: each result is measured, so no value can nest into one too large to hash or print. */
    private static final Set<String> COLLECTIONS = Set.of("Ljava/util/List;", "Ljava/util/Set;", "Ljava/util/Map;", "Ljava/util/Collection;");
    /** String searches that compare every place of the text with the pattern: their cost is the product of two lengths. */
    private static final Set<String> SEARCHES = Set.of("indexOf(Ljava/lang/String;)I", "indexOf(Ljava/lang/String;I)I",
            "lastIndexOf(Ljava/lang/String;)I", "lastIndexOf(Ljava/lang/String;I)I", "contains(Ljava/lang/CharSequence;)Z",
            "replace(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)Ljava/lang/String;");

    private PolicyGuards() {
    }

    public static byte[] guard(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
                boolean hasCode = (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
                return hasCode && !name.equals("<clinit>") ? new Guarded(next) : next;
            }
        }, 0);
        return writer.toByteArray();
    }

    private static final class Guarded extends MethodVisitor {
        Guarded(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visitCode() {
            super.visitCode();
            super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "tick", "()V", false);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            super.visitTypeInsn(opcode, type);
            if (opcode == Opcodes.CHECKCAST && COLLECTIONS.contains("L" + type + ";")) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, VALUES, "bounded", "(Ljava/lang/Object;)Ljava/lang/Object;", false);
                super.visitTypeInsn(Opcodes.CHECKCAST, type);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
            if (bootstrap.getOwner().equals("java/lang/invoke/StringConcatFactory")) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, TEXT, "bounded", "(Ljava/lang/String;)Ljava/lang/String;", false);
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (owner.equals("java/lang/String") && SEARCHES.contains(name + descriptor)) {
                // The same stack, through a wrapper that refuses a search whose cost (text times pattern) has no bound.
                super.visitMethodInsn(Opcodes.INVOKESTATIC, TEXT, name, "(Ljava/lang/String;" + descriptor.substring(1), false);
                return;
            }
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            String returned = descriptor.substring(descriptor.indexOf(')') + 1);
            if (COLLECTIONS.contains(returned)) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, VALUES, "bounded", "(Ljava/lang/Object;)Ljava/lang/Object;", false);
                super.visitTypeInsn(Opcodes.CHECKCAST, returned.substring(1, returned.length() - 1));
                return;
            }
            if (!GROWING.contains(name)) {
                return;
            }
            if (owner.equals("java/lang/String") && descriptor.endsWith(")Ljava/lang/String;")) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, TEXT, "bounded", "(Ljava/lang/String;)Ljava/lang/String;", false);
            } else if (owner.equals("java/lang/StringBuilder") && descriptor.endsWith(")Ljava/lang/StringBuilder;")) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, TEXT, "bounded", "(Ljava/lang/StringBuilder;)Ljava/lang/StringBuilder;", false);
            }
        }
    }
}
