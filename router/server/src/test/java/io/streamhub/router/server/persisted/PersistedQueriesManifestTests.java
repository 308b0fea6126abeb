package io.streamhub.router.server.persisted;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import io.streamhub.router.GraphQlRequestException;
import io.streamhub.router.RouterEngine;
import io.streamhub.router.RouterOptions;
import io.streamhub.router.composition.Composer;
import io.streamhub.router.composition.SubgraphSource;
import io.streamhub.router.composition.SupergraphConfig;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The committed {@code persisted-queries/manifest.json} matches
 * {@code persisted-queries/operations/*.graphql}, and every operation plans against the
 * current supergraph (router/supergraph.yaml, plus the subgraph schemas in schema/ it
 * does not list yet). Regenerate with
 * {@code mvn -pl router/server test -Dtest=PersistedQueriesManifestTests -Dpersisted-queries.write=true}.
 */
class PersistedQueriesManifestTests {

	private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

	private static final Path OPERATIONS = ROOT.resolve("persisted-queries/operations");

	private static final Path MANIFEST = ROOT.resolve("persisted-queries/manifest.json");

	@Test
	void committedManifestIsUpToDate() throws IOException {
		String generated = ManifestGenerator.generate(OPERATIONS).toJson();
		if (Boolean.getBoolean("persisted-queries.write")) {
			Files.writeString(MANIFEST, generated);
		}

		assertThat(Files.exists(MANIFEST)).as("persisted-queries/manifest.json exists").isTrue();
		assertThat(Files.readString(MANIFEST))
			.as("persisted-queries/manifest.json is stale: regenerate it (see this test's Javadoc)")
			.isEqualTo(generated);
	}

	@Test
	void committedManifestParsesWithIdsThatAreTheBodiesSha256() throws IOException {
		PersistedQueryManifest manifest = PersistedQueryManifest.parse(Files.readAllBytes(MANIFEST));

		assertThat(manifest.operations()).extracting(ManifestOperation::name)
			.contains("VideoCard", "CreatorProfile", "VideoComments");
		manifest.operations()
			.forEach((operation) -> assertThat(operation.id())
				.isEqualTo(io.streamhub.router.server.client.ClientRegistry.sha256(operation.body())));
	}

	@Test
	void everyOperationPlansAgainstTheCurrentSupergraph() throws Exception {
		RouterEngine engine = RouterEngine.create(Supergraph.parse(Composer.compose(subgraphs())),
				(request) -> CompletableFuture.failedFuture(new IllegalStateException("not in this test")),
				RouterOptions.defaults());
		List<String> problems = new ArrayList<>();
		for (ManifestOperation operation : ManifestGenerator.generate(OPERATIONS).operations()) {
			try {
				engine.plan(operation.body(), operation.name());
			}
			catch (GraphQlRequestException ex) {
				problems.add(operation.name() + ": " + ex.errors());
			}
		}
		if (!problems.isEmpty()) {
			fail("Persisted operations that do not validate: " + problems);
		}
	}

	@Test
	void anOperationThatDoesNotValidateIsReported(@org.junit.jupiter.api.io.TempDir Path directory) throws Exception {
		Files.writeString(directory.resolve("Broken.graphql"), "query Broken { video(id: 1) { nope } }");
		RouterEngine engine = RouterEngine.create(Supergraph.parse(Composer.compose(subgraphs())),
				(request) -> CompletableFuture.failedFuture(new IllegalStateException("not in this test")),
				RouterOptions.defaults());
		ManifestOperation broken = ManifestGenerator.generate(directory).operations().iterator().next();

		org.assertj.core.api.Assertions.assertThatExceptionOfType(GraphQlRequestException.class)
			.isThrownBy(() -> engine.plan(broken.body(), broken.name()));
	}

	private static List<SubgraphSource> subgraphs() {
		List<SubgraphSource> sources = new ArrayList<>(
				SupergraphConfig.read(ROOT.resolve("router/supergraph.yaml")).load());
		Set<String> listed = new java.util.HashSet<>();
		sources.forEach((source) -> listed.add(source.name()));
		try (Stream<Path> schemas = Files.list(ROOT.resolve("schema"))) {
			for (Path schema : schemas.sorted().toList()) {
				String name = schema.getFileName().toString().replace(".graphqls", "");
				if (!listed.contains(name) && !name.equals("realtime")) {
					sources.add(new SubgraphSource(name, "http://localhost/" + name, Files.readString(schema)));
				}
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return sources;
	}

}
