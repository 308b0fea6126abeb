package io.streamhub.router.composition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs Apollo's composition ({@code @apollo/composition}, via
 * {@code src/test/node/compose.mjs}) on fixture folders. Installs the npm packages with
 * {@code npm ci} when they are missing. Fails (never skips) when Node or npm are missing.
 */
final class ApolloComposition {

	static final Path NODE_DIR = Path.of("src/test/node").toAbsolutePath();

	private static final long NPM_TIMEOUT_MINUTES = 5;

	private static final long NODE_TIMEOUT_MINUTES = 3;

	private ApolloComposition() {
	}

	/**
	 * Composes every sub-folder of a folder with Apollo's composition.
	 * @param fixtures the folder of fixture folders
	 * @return the result per fixture name
	 */
	static Map<String, Result> composeAll(Path fixtures) throws IOException, InterruptedException {
		ensureInstalled();
		String json = run(List.of(executable("node"), "compose.mjs", "--all", fixtures.toAbsolutePath().toString()),
				NODE_TIMEOUT_MINUTES);
		Map<?, ?> results = (Map<?, ?>) new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
		Map<String, Result> byName = new LinkedHashMap<>();
		results.forEach((name, value) -> byName.put(String.valueOf(name), Result.of((Map<?, ?>) value)));
		return byName;
	}

	private static synchronized void ensureInstalled() throws IOException, InterruptedException {
		if (Files.isDirectory(NODE_DIR.resolve("node_modules/@apollo/composition"))) {
			return;
		}
		run(List.of(executable("npm"), "ci", "--no-audit", "--no-fund"), NPM_TIMEOUT_MINUTES);
	}

	private static String executable(String name) {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
			Path candidate = Path.of(dir, name);
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		throw new AssertionError(name + " is not installed (not found on PATH): the Apollo equivalence tests need"
				+ " Node 20 and npm; install them rather than skipping these tests");
	}

	private static String run(List<String> command, long timeoutMinutes) throws IOException, InterruptedException {
		Path output = Files.createTempFile("apollo-composition", ".out");
		try {
			Process process = new ProcessBuilder(command).directory(NODE_DIR.toFile())
				.redirectErrorStream(false)
				.redirectOutput(output.toFile())
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
			if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutMinutes + " min");
			}
			String text = Files.readString(output, StandardCharsets.UTF_8);
			if (process.exitValue() != 0) {
				throw new AssertionError(
						String.join(" ", command) + " failed with exit code " + process.exitValue() + ":\n" + text);
			}
			return text;
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	/**
	 * Apollo's answer for one fixture: a supergraph, or error codes and messages.
	 *
	 * @param supergraph the supergraph SDL when composition succeeded
	 * @param errors the errors as "CODE message" when it failed
	 */
	record Result(@Nullable String supergraph, List<String> errors) {

		static Result of(Map<?, ?> json) {
			Object supergraph = json.get("supergraph");
			List<String> errors = new ArrayList<>();
			if (json.get("errors") instanceof List<?> list) {
				list.forEach((error) -> {
					Map<?, ?> map = (Map<?, ?>) error;
					errors.add(map.get("code") + " " + map.get("message"));
				});
			}
			return new Result((supergraph != null) ? supergraph.toString() : null, errors);
		}

		boolean hasCode(String code) {
			return this.errors.stream().anyMatch((error) -> error.startsWith(code + " "));
		}

	}

}
