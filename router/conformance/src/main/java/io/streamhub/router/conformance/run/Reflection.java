package io.streamhub.router.conformance.run;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Small reflective helpers: the engine and composition are other people's work in
 * progress, reached by name so that this module compiles whatever state theirs is in.
 */
final class Reflection {

	private Reflection() {
	}

	static Optional<Class<?>> firstClass(List<String> names) {
		for (String name : names) {
			try {
				return Optional.of(Class.forName(name));
			}
			catch (ClassNotFoundException | LinkageError ex) {
				// try the next candidate
			}
		}
		return Optional.empty();
	}

	static Class<?> requireClass(List<String> names) {
		return firstClass(names)
			.orElseThrow(() -> new IllegalStateException("None of " + names + " is on the classpath"));
	}

	static Object invokeStatic(Class<?> type, String name, Object... arguments) throws Exception {
		return invoke(type, null, name, arguments);
	}

	static Object invoke(Class<?> type, @Nullable Object target, String name, Object... arguments) throws Exception {
		Method method = Arrays.stream(type.getMethods())
			.filter((candidate) -> candidate.getName().equals(name) && accepts(candidate, arguments))
			.findFirst()
			.orElseThrow(() -> new NoSuchMethodException(
					type.getName() + "." + name + " for " + arguments.length + " arguments"));
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
	}

	private static boolean accepts(Method method, Object[] arguments) {
		Class<?>[] parameters = method.getParameterTypes();
		if (parameters.length != arguments.length) {
			return false;
		}
		for (int i = 0; i < parameters.length; i++) {
			if (arguments[i] != null && !box(parameters[i]).isInstance(arguments[i])) {
				return false;
			}
		}
		return true;
	}

	private static Class<?> box(Class<?> type) {
		if (!type.isPrimitive()) {
			return type;
		}
		return (type == boolean.class) ? Boolean.class : (type == int.class) ? Integer.class : Object.class;
	}

}
