package io.streamhub.router.composition.print;

/**
 * GraphQL string and block string literals.
 */
final class Strings {

	private Strings() {
	}

	static String quote(String value) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

	static String description(String description, String indent) {
		// Like graphql-js: descriptions longer than 70 characters go on their own lines.
		if (!description.contains("\n") && !description.contains("\"\"\"") && description.length() <= 70) {
			return indent + "\"\"\"" + description + "\"\"\"\n";
		}
		String body = description.replace("\"\"\"", "\\\"\"\"").replace("\n", "\n" + indent);
		return indent + "\"\"\"\n" + indent + body + "\n" + indent + "\"\"\"\n";
	}

}
