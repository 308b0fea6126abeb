package io.streamhub.router.conformance.run;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;

import io.streamhub.router.conformance.fixture.Fixture;
import io.streamhub.router.conformance.fixture.FixtureException;
import io.streamhub.router.conformance.fixture.SubgraphDefinition;
import io.streamhub.router.conformance.subgraph.FixtureSubgraphServer;
import org.jspecify.annotations.Nullable;

/**
 * Picks a fixture's supergraph: our composition
 * ({@code io.streamhub.router.composition.Composer.compose(List<SubgraphSource>)}) when
 * it composes the fixture, otherwise the committed {@code supergraph.graphql} produced by
 * {@code @apollo/composition}. Subgraph URLs are
 * {@link FixtureSubgraphServer#PLACEHOLDER_BASE} placeholders either way.
 */
public final class SupergraphSelector {

	private static final String COMPOSER = "io.streamhub.router.composition.Composer";

	private static final String SOURCE = "io.streamhub.router.composition.SubgraphSource";

	private final boolean committedOnly;

	/**
	 * A selector that tries our composition first.
	 */
	public SupergraphSelector() {
		this(false);
	}

	/**
	 * @param committedOnly use the committed {@code @apollo/composition} supergraph even
	 * when our composition works (to tell engine problems from composition problems)
	 */
	public SupergraphSelector(boolean committedOnly) {
		this.committedOnly = committedOnly;
	}

	public ResolvedSupergraph select(Fixture fixture) {
		if (this.committedOnly) {
			return committed(fixture, "our composition not used (committed supergraph requested)");
		}
		try {
			return new ResolvedSupergraph(compose(fixture), SupergraphSource.COMPOSER, null);
		}
		catch (Exception | LinkageError ex) {
			return committed(fixture, ex.getClass().getSimpleName() + ": " + firstLine(ex.getMessage()));
		}
	}

	private static ResolvedSupergraph committed(Fixture fixture, String problem) {
		String committed = fixture.supergraph()
			.orElseThrow(() -> new FixtureException(
					fixture.area() + ": our composition not used (" + problem + ") and no supergraph.graphql"));
		return new ResolvedSupergraph(committed, SupergraphSource.COMMITTED, problem);
	}

	private static String compose(Fixture fixture) throws Exception {
		Class<?> composer = Reflection.requireClass(List.of(COMPOSER));
		Class<?> sourceType = Reflection.requireClass(List.of(SOURCE));
		Constructor<?> constructor = sourceType.getConstructor(String.class, String.class, String.class);
		List<Object> sources = new ArrayList<>();
		for (SubgraphDefinition subgraph : fixture.subgraphs()) {
			String url = FixtureSubgraphServer.PLACEHOLDER_BASE + subgraph.name() + "/graphql";
			sources.add(constructor.newInstance(subgraph.name(), url, subgraph.sdl()));
		}
		Object sdl = Reflection.invokeStatic(composer, "compose", sources);
		return String.valueOf(sdl);
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

}
