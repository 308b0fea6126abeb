package io.streamhub.router.composition.satisfiability;

import java.util.ArrayList;
import java.util.List;

/**
 * Field names of a field set string such as {@code "id org { id name }"}, without parsing
 * arguments or fragments (which key and provides field sets rarely use; a name read from
 * them only makes the check more lenient).
 */
final class FieldSetNames {

	private FieldSetNames() {
	}

	/** The names at the top level of the selection. */
	static List<String> topLevel(String fieldSet) {
		return names(fieldSet, true);
	}

	/** Every name at any depth. */
	static List<String> all(String fieldSet) {
		return names(fieldSet, false);
	}

	private static List<String> names(String fieldSet, boolean topLevelOnly) {
		List<String> names = new ArrayList<>();
		int depth = 0;
		int arguments = 0;
		StringBuilder name = new StringBuilder();
		for (int i = 0; i <= fieldSet.length(); i++) {
			char c = (i < fieldSet.length()) ? fieldSet.charAt(i) : ' ';
			if (c == '(' || c == ')') {
				arguments += (c == '(') ? 1 : -1;
				name.setLength(0);
				continue;
			}
			if (arguments > 0) {
				continue;
			}
			if (Character.isLetterOrDigit(c) || c == '_') {
				name.append(c);
				continue;
			}
			if (!name.isEmpty() && (depth == 0 || !topLevelOnly) && !name.toString().equals("on")) {
				names.add(name.toString());
			}
			name.setLength(0);
			if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				depth--;
			}
		}
		return names;
	}

}
