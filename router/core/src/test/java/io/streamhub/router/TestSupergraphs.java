package io.streamhub.router;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.streamhub.router.supergraph.Supergraph;

/**
 * Supergraph SDL fixtures for tests (hand-written in the standard join v0.3 format).
 */
public final class TestSupergraphs {

	private TestSupergraphs() {
	}

	public static String header() {
		return resource("header.graphql");
	}

	public static String sdl(String name) {
		return withRoots(resource(name + ".graphql"));
	}

	/**
	 * The header with the body's root types declared, plus the body.
	 * @param body the join__Graph enum and the types
	 * @return the supergraph SDL
	 */
	public static String withRoots(String body) {
		String header = header();
		if (body.contains("type Mutation")) {
			header = header.replace("  query: Query\n", "  query: Query\n  mutation: Mutation\n");
		}
		return header + "\n" + body;
	}

	/**
	 * A supergraph: the shared header (links, join directives) plus a body with the
	 * graphs and types.
	 * @param body the join__Graph enum and the types
	 * @return the parsed supergraph
	 */
	public static Supergraph withBody(String body) {
		return Supergraph.parse(withRoots(body));
	}

	public static Supergraph streamhub() {
		return Supergraph.parse(sdl("streamhub"));
	}

	private static String resource(String name) {
		try (InputStream in = TestSupergraphs.class.getResourceAsStream("/supergraphs/" + name)) {
			if (in == null) {
				throw new IllegalStateException("missing fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
