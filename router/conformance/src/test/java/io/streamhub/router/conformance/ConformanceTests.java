package io.streamhub.router.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import io.streamhub.router.conformance.fixture.ConformanceCase;
import io.streamhub.router.conformance.fixture.Fixture;
import io.streamhub.router.conformance.fixture.FixtureLoader;
import io.streamhub.router.conformance.run.CaseResult;
import io.streamhub.router.conformance.run.CaseRunner;
import io.streamhub.router.conformance.run.CaseStatus;
import io.streamhub.router.conformance.run.KnownFailures;
import io.streamhub.router.conformance.run.ScoreReport;
import io.streamhub.router.conformance.run.StreamHubRouterFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.fail;

/**
 * One test per (feature area, query): the fixture's subgraphs run over HTTP, the
 * supergraph is composed (ours, else the committed one), our router answers, and the
 * answer must match {@code data} exactly and carry {@code errors} exactly when expected.
 * Cases in {@code known-failures.txt} are reported as expected failures and fail the
 * build once they pass. The score is written to {@code target/conformance-report.md}.
 */
class ConformanceTests {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures");

	static final Path KNOWN_FAILURES = Path.of("src/test/resources/known-failures.txt");

	static final Path REPORT_FILE = Path.of("target/conformance-report.md");

	/**
	 * {@code -Dconformance.committed-supergraphs=true} runs every area on the committed
	 * supergraph composed by {@code @apollo/composition} instead of ours, to tell engine
	 * problems from composition problems.
	 */
	static final boolean COMMITTED_SUPERGRAPHS = Boolean.getBoolean("conformance.committed-supergraphs");

	/**
	 * {@code -Dconformance.update-known-failures=true} rewrites
	 * {@code known-failures.txt} with the cases that fail now instead of failing the
	 * build (for the integrator, after the engine changed).
	 */
	static final boolean UPDATE_KNOWN_FAILURES = Boolean.getBoolean("conformance.update-known-failures");

	private static final String KNOWN_FAILURES_HEADER = """
			# Queries (area/caseId) our router does not answer exactly yet. This list may only shrink: a listed
			# query that passes fails the build until its line is removed. Regenerate after engine changes with
			# mvn -pl router/conformance test -Dtest=ConformanceTests -Dconformance.update-known-failures=true
			""";

	private static final ScoreReport REPORT = new ScoreReport();

	private static final List<AreaSession> SESSIONS = new CopyOnWriteArrayList<>();

	@TestFactory
	Stream<DynamicContainer> everyFeatureAreaAnswersItsQueriesExactly() {
		CaseRunner runner = new CaseRunner(KnownFailures.load(KNOWN_FAILURES));
		return FixtureLoader.loadAll(FIXTURES).stream().map((fixture) -> area(fixture, runner));
	}

	private static DynamicContainer area(Fixture fixture, CaseRunner runner) {
		AreaSession session = new AreaSession(fixture, new StreamHubRouterFactory(), REPORT);
		SESSIONS.add(session);
		Stream<DynamicTest> tests = fixture.cases()
			.stream()
			.map((testCase) -> DynamicTest.dynamicTest(testCase.id(), () -> check(session, testCase, runner)));
		return DynamicContainer.dynamicContainer(fixture.area(), tests);
	}

	private static void check(AreaSession session, ConformanceCase testCase, CaseRunner runner) throws Exception {
		CaseResult result = session.run(testCase, runner);
		REPORT.add(result);
		if (UPDATE_KNOWN_FAILURES) {
			return;
		}
		if (result.status() == CaseStatus.FAILED) {
			fail("%s: %s", result.key(), result.detail());
		}
		if (result.status() == CaseStatus.UNEXPECTED_PASS) {
			fail("%s now passes: remove it from %s", result.key(), KNOWN_FAILURES);
		}
	}

	@AfterAll
	static void writeScoreReport() throws Exception {
		for (AreaSession session : SESSIONS) {
			session.close();
		}
		String markdown = REPORT.toMarkdown();
		writeReport(markdown);
		System.out.println(markdown);
		if (UPDATE_KNOWN_FAILURES) {
			rewriteKnownFailures();
		}
	}

	private static void rewriteKnownFailures() throws IOException {
		StringBuilder text = new StringBuilder(KNOWN_FAILURES_HEADER);
		REPORT.results()
			.stream()
			.filter((result) -> !result.status().conforms())
			.forEach((result) -> text.append(result.key()).append('\n'));
		Files.writeString(KNOWN_FAILURES, text);
	}

	private static void writeReport(String markdown) throws IOException {
		Files.createDirectories(REPORT_FILE.getParent());
		Files.writeString(REPORT_FILE, markdown);
	}

}
