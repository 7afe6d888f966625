package no.blaresept.examples.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one published module as text, one type after another with its public and protected
 * members and their full generic signatures, sorted so the listing only changes when the API does. Types
 * in packages named {@code internal} are left out: they are not API (issue 14, OkHttp's {@code api/*.api}).
 *
 * <p>Read from the module's compiled classes ({@code target/classes}), loaded from the test's own class
 * path without initialising them.
 */
final class ApiListing {

    private ApiListing() {
    }

    static String of(Path classesDirectory) {
        if (!Files.isDirectory(classesDirectory)) {
            throw new IllegalStateException(classesDirectory + " does not exist: build the module first");
        }
        StringBuilder listing = new StringBuilder();
        for (Class<?> type : apiTypes(classesDirectory)) {
            listing.append(declaration(type)).append('\n');
            members(type).forEach(member -> listing.append("  ").append(member).append('\n'));
            listing.append('\n');
        }
        return listing.toString();
    }

    private static List<Class<?>> apiTypes(Path classesDirectory) {
        try (Stream<Path> files = Files.walk(classesDirectory)) {
            return files.map(classesDirectory::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class")
                            && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(ApiListing::load)
                    .filter(ApiListing::isApi)
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiListing.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("not on the test class path: " + name, e);
        }
    }

    private static boolean isApi(Class<?> type) {
        if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()
                || Arrays.asList(type.getPackageName().split("\\.")).contains("internal")) {
            return false;
        }
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!visible(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String declaration(Class<?> type) {
        StringBuilder declaration = new StringBuilder(type.toGenericString());
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && superclass != Record.class && !type.isEnum()) {
            declaration.append(" extends ").append(superclass.getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            declaration.append(type.isInterface() ? " extends " : " implements ").append(names(interfaces));
        }
        if (type.isSealed()) {
            declaration.append(" permits ").append(names(type.getPermittedSubclasses()));
        }
        return declaration.toString();
    }

    private static String names(Type[] types) {
        return Arrays.stream(types).map(Type::getTypeName).sorted().collect(Collectors.joining(", "));
    }

    private static List<String> members(Class<?> type) {
        List<String> members = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            add(members, type, field, field.toGenericString());
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            add(members, type, constructor, constructor.toGenericString());
        }
        for (Method method : type.getDeclaredMethods()) {
            if (!method.isBridge()) {
                add(members, type, method, method.toGenericString());
            }
        }
        members.sort(null);
        return members;
    }

    /** Adds a visible member's signature, without the declaring type before its name (the heading says it). */
    private static void add(List<String> members, Class<?> type, Member member, String signature) {
        if (!member.isSynthetic() && visible(member.getModifiers())) {
            members.add(signature.replace(" " + type.getName() + ".", " "));
        }
    }
}
