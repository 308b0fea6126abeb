package io.streamhub.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README promises a newcomer two commands (run, test) and CI must run the same test
 * command; these tests keep the promise true.
 */
class ReadmeTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	@Test
	void readmeOpensWithExactlyTwoCommands() throws IOException {
		assertThat(commands()).hasSize(2);
		assertThat(commands().get(0)).contains("streamhub-local.jar");
	}

	@Test
	void ciRunsTheReadmesTestCommand() throws IOException {
		String testCommand = commands().get(1);
		List<String> ciLines = Files.readAllLines(ROOT.resolve(".ci/run")).stream().map(String::strip).toList();

		assertThat(ciLines).contains(testCommand);
	}

	private static List<String> commands() throws IOException {
		String readme = Files.readString(ROOT.resolve("README.md"));
		Matcher block = Pattern.compile("```(?:bash|sh)?\\n(.*?)```", Pattern.DOTALL).matcher(readme);
		assertThat(block.find()).as("README.md has a fenced block").isTrue();
		return block.group(1).lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
