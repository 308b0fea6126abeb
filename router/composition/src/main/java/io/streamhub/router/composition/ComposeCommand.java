package io.streamhub.router.composition;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code compose <supergraph.yaml> [-o <out.graphql>]}: composes the subgraphs a rover
 * supergraph.yaml lists and writes the supergraph SDL to the file, or to stdout without
 * {@code -o}. Exits with 1 and prints every error on failure, 2 on a usage error.
 */
public final class ComposeCommand {

	private static final String USAGE = "usage: compose <supergraph.yaml> [-o <out.graphql>]";

	private ComposeCommand() {
	}

	public static void main(String[] args) {
		int status = run(args, System.out, System.err);
		if (status != 0) {
			System.exit(status);
		}
	}

	/**
	 * Runs the command.
	 * @param args the arguments (an optional leading {@code compose} is ignored)
	 * @param out where the supergraph goes without {@code -o}
	 * @param err where errors go
	 * @return the exit status: 0 composed, 1 composition or I/O failure, 2 usage error
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> arguments = new ArrayList<>(List.of(args));
		if (!arguments.isEmpty() && arguments.get(0).equals("compose")) {
			arguments.remove(0);
		}
		Path output = null;
		int flag = arguments.indexOf("-o");
		if (flag >= 0) {
			if (flag + 1 >= arguments.size()) {
				err.println(USAGE);
				return 2;
			}
			output = Path.of(arguments.remove(flag + 1));
			arguments.remove(flag);
		}
		if (arguments.size() != 1) {
			err.println(USAGE);
			return 2;
		}
		return compose(Path.of(arguments.get(0)), output, out, err);
	}

	private static int compose(Path yaml, Path output, PrintStream out, PrintStream err) {
		try {
			String supergraph = Composer.compose(SupergraphConfig.read(yaml).load());
			if (output == null) {
				out.print(supergraph);
				return 0;
			}
			Path parent = output.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(output, supergraph, StandardCharsets.UTF_8);
			return 0;
		}
		catch (CompositionException ex) {
			ex.errors().forEach((error) -> err.println("error[" + error.code() + "]: " + error.message()));
			return 1;
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException ex) {
			err.println("error: " + ex.getMessage());
			return 1;
		}
	}

}
