package org.ddmsportal.api.v1.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The records a {@code /v1} write reads from its body hold no primitive: JSON-B applies
 * {@code StrictJsonb}'s deserializers to {@code Long}, {@code Integer} and {@code Boolean} only
 * (it matches a deserializer by exact type), and a {@code boolean} read "yes" as false, a
 * {@code long} wrapped a number out of range.
 */
class BodyTypesTest {

    @Test
    void noPrimitiveInABodyTheApiReads() {
        Set<String> primitives = new TreeSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        for (JavaClass resource : new ClassFileImporter().importPackages("org.ddmsportal.api.v1")) {
            Class<?> type = resource.reflect();
            for (Method m : type.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(POST.class) && !m.isAnnotationPresent(PUT.class)) {
                    continue;
                }
                for (Parameter p : m.getParameters()) {
                    if (p.getAnnotations().length == 0 || onlyDocumentation(p.getAnnotations())) {
                        add(p.getParameterizedType(), todo);
                    }
                }
            }
        }
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> body = todo.pop();
            if (!seen.add(body) || !body.isRecord()) {
                continue;
            }
            for (RecordComponent c : body.getRecordComponents()) {
                if (c.getType().isPrimitive()) {
                    primitives.add(body.getSimpleName() + "." + c.getName());
                }
                add(c.getGenericType(), todo);
            }
        }
        assertTrue(seen.stream().anyMatch(c -> c.getSimpleName().equals("RubricDto")), "the rubric's body is among those read");
        assertTrue(primitives.isEmpty(), "primitives in request bodies (use Long, Integer, Boolean): " + primitives);
    }

    private static boolean onlyDocumentation(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (!a.annotationType().getPackageName().startsWith("org.eclipse.microprofile.openapi")) {
                return false;
            }
        }
        return true;
    }

    private static void add(Type type, Deque<Class<?>> todo) {
        if (type instanceof Class<?> c) {
            todo.push(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                add(argument, todo);
            }
        }
    }
}
