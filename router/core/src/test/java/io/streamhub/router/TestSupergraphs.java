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
		return header() + "\n" + resource(name + ".graphql");
	}

	/**
	 * A supergraph: the shared header (links, join directives) plus a body with the
	 * graphs and types.
	 * @param body the join__Graph enum and the types
	 * @return the parsed supergraph
	 */
	public static Supergraph withBody(String body) {
		return Supergraph.parse(header() + "\n" + body);
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
