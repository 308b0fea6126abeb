package io.streamhub.router.server.persisted;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.streamhub.router.server.client.ClientRegistry;

/**
 * Builds the manifest from a directory of {@code .graphql} files, one operation (plus its
 * fragments) per file, named like the file. The body is the file without its leading
 * comment lines; the id is the SHA-256 of the body. Run
 * {@code ManifestGenerator <operations directory> <manifest file>} (see the router's
 * README) or the {@code PersistedQueriesManifestTests} with
 * {@code -Dpersisted-queries.write=true}.
 */
public final class ManifestGenerator {

	private ManifestGenerator() {
	}

	/**
	 * Builds the manifest.
	 * @param operations the directory of {@code .graphql} files
	 * @return the manifest, operations sorted by file name
	 * @throws IllegalArgumentException when a file does not hold exactly one operation
	 * named like the file
	 */
	public static PersistedQueryManifest generate(Path operations) {
		List<ManifestOperation> entries = new ArrayList<>();
		for (Path file : files(operations)) {
			entries.add(operation(file));
		}
		return PersistedQueryManifest.of(entries);
	}

	private static List<Path> files(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".graphql")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ManifestOperation operation(Path file) {
		String body = body(file);
		Document document = Parser.parse(body);
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		String expected = file.getFileName().toString().replace(".graphql", "");
		if (operations.size() != 1 || !expected.equals(operations.get(0).getName())) {
			throw new IllegalArgumentException(file + " must hold exactly one operation, named " + expected);
		}
		String type = operations.get(0).getOperation().name().toLowerCase(Locale.ROOT);
		return new ManifestOperation(ClientRegistry.sha256(body), expected, type, body, null);
	}

	private static String body(Path file) {
		try {
			List<String> lines = new ArrayList<>(Files.readAllLines(file));
			while (!lines.isEmpty() && (lines.get(0).startsWith("#") || lines.get(0).isBlank())) {
				lines.remove(0);
			}
			return String.join("\n", lines).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("Usage: ManifestGenerator <operations directory> <manifest.json>");
			System.exit(2);
		}
		PersistedQueryManifest manifest = generate(Path.of(args[0]));
		Files.writeString(Path.of(args[1]), manifest.toJson());
		System.out.println("Wrote " + manifest.operations().size() + " operations to " + args[1]);
	}

}
