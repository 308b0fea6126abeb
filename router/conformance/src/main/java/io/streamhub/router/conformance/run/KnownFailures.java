package io.streamhub.router.conformance.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The committed list of cases our router does not pass yet, one {@code area/caseId} per
 * line ({@code #} starts a comment; {@code area/*} lists a whole area). It may only
 * shrink: a listed case that passes fails the build until its line is removed.
 */
public final class KnownFailures {

	private final Set<String> entries;

	private KnownFailures(Set<String> entries) {
		this.entries = Set.copyOf(entries);
	}

	public static KnownFailures none() {
		return new KnownFailures(Set.of());
	}

	public static KnownFailures parse(String text) {
		Set<String> entries = new LinkedHashSet<>();
		for (String line : text.split("\n")) {
			String entry = stripComment(line).strip();
			if (!entry.isEmpty()) {
				entries.add(entry);
			}
		}
		return new KnownFailures(entries);
	}

	public static KnownFailures load(Path file) {
		if (!Files.exists(file)) {
			return none();
		}
		try {
			return parse(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String stripComment(String line) {
		int hash = line.indexOf('#');
		return (hash < 0) ? line : line.substring(0, hash);
	}

	public static String key(String area, String caseId) {
		return area + "/" + caseId;
	}

	public boolean contains(String area, String caseId) {
		return this.entries.contains(key(area, caseId)) || this.entries.contains(key(area, "*"));
	}

	public Set<String> entries() {
		return this.entries;
	}

}
