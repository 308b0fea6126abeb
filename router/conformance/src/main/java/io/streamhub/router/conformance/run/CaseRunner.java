package io.streamhub.router.conformance.run;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import io.streamhub.router.conformance.fixture.ConformanceCase;
import io.streamhub.router.conformance.subgraph.FixtureSubgraphServer;

/**
 * Runs one case through a router against live fixture subgraphs and classifies the
 * outcome against the known failures.
 */
public final class CaseRunner {

	private final KnownFailures knownFailures;

	public CaseRunner(KnownFailures knownFailures) {
		this.knownFailures = knownFailures;
	}

	/**
	 * Runs the case; {@code router} is absent when the router could not be started (the
	 * reason is then {@code startProblem}).
	 */
	public CaseResult run(String area, ConformanceCase testCase, Optional<RouterUnderTest> router,
			FixtureSubgraphServer subgraphs, String startProblem) {
		boolean known = this.knownFailures.contains(area, testCase.id());
		if (router.isEmpty()) {
			return CaseResult.of(area, testCase.id(), false, known, "router did not start: " + startProblem);
		}
		subgraphs.clearRequests();
		Optional<String> mismatch;
		try {
			JsonNode response = router.get().execute(testCase.query(), testCase.variables());
			mismatch = ResponseCheck.mismatch(testCase, response, subgraphs.requests());
		}
		catch (Exception | LinkageError | StackOverflowError ex) {
			mismatch = Optional.of("router threw " + ex);
		}
		return CaseResult.of(area, testCase.id(), mismatch.isEmpty(), known, mismatch.orElse(""));
	}

}
