package io.streamhub.router.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.streamhub.router.conformance.fixture.ConformanceCase;
import io.streamhub.router.conformance.fixture.Fixture;
import io.streamhub.router.conformance.fixture.FixtureLoader;
import io.streamhub.router.conformance.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the expectations honest: every fixture was cross-checked with Hive Gateway
 * (oracle/record.sh writes {@code oracle.json} and the committed
 * {@code supergraph.graphql}), and every case where Hive answered differently is
 * explained in the fixture's README.
 */
class OracleRecordingTests {

	private static final List<Fixture> FIXTURES = FixtureLoader.loadAll(ConformanceTests.FIXTURES);

	@Test
	void everyCaseWasRecordedWithTheReferenceGateway() {
		List<String> unrecorded = new ArrayList<>();
		for (Fixture fixture : FIXTURES) {
			List<String> recorded = recordedIds(fixture.area());
			fixture.cases()
				.stream()
				.map(ConformanceCase::id)
				.filter((id) -> !recorded.contains(id))
				.forEach((id) -> unrecorded.add(fixture.area() + "/" + id));
		}
		assertThat(unrecorded).as("cases without a Hive Gateway answer: run oracle/record.sh").isEmpty();
	}

	@Test
	void everyDisagreementWithTheReferenceGatewayIsExplained() throws IOException {
		List<String> unexplained = new ArrayList<>();
		for (Fixture fixture : FIXTURES) {
			String readme = readme(fixture.area());
			for (JsonNode recorded : oracle(fixture.area()).path("cases")) {
				String id = recorded.path("id").asText();
				if (!recorded.path("agrees").asBoolean() && !readme.contains(id)) {
					unexplained.add(fixture.area() + "/" + id);
				}
			}
		}
		assertThat(unexplained).as("Hive Gateway disagreements not discussed in the fixture README").isEmpty();
	}

	@Test
	void everyFixtureHasAnApolloComposedSupergraphToFallBackOn() {
		assertThat(FIXTURES).allSatisfy((fixture) -> assertThat(fixture.supergraph()).as(fixture.area())
			.hasValueSatisfying((sdl) -> assertThat(sdl).contains("@join__graph")));
	}

	private static List<String> recordedIds(String area) {
		List<String> ids = new ArrayList<>();
		oracle(area).path("cases").forEach((recorded) -> ids.add(recorded.path("id").asText()));
		return ids;
	}

	private static JsonNode oracle(String area) {
		Path file = ConformanceTests.FIXTURES.resolve(area).resolve("oracle.json");
		try {
			return Files.exists(file) ? Json.parse(Files.readString(file)) : Json.parse("{}");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String readme(String area) throws IOException {
		Path file = ConformanceTests.FIXTURES.resolve(area).resolve("README.md");
		return Files.exists(file) ? Files.readString(file) : "";
	}

}
