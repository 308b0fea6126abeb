package io.streamhub.router.conformance;

import java.util.Optional;

import io.streamhub.router.conformance.fixture.ConformanceCase;
import io.streamhub.router.conformance.fixture.Fixture;
import io.streamhub.router.conformance.fixtures.FixtureResolversCatalog;
import io.streamhub.router.conformance.run.CaseResult;
import io.streamhub.router.conformance.run.CaseRunner;
import io.streamhub.router.conformance.run.ResolvedSupergraph;
import io.streamhub.router.conformance.run.RouterFactory;
import io.streamhub.router.conformance.run.RouterUnderTest;
import io.streamhub.router.conformance.run.ScoreReport;
import io.streamhub.router.conformance.run.SupergraphSelector;
import io.streamhub.router.conformance.subgraph.FixtureSubgraphServer;
import org.jspecify.annotations.Nullable;

/**
 * One feature area's run: its subgraphs and router are started once, on the first case,
 * and closed with {@link #close()}.
 */
final class AreaSession implements AutoCloseable {

	private final Fixture fixture;

	private final RouterFactory routerFactory;

	private final ScoreReport report;

	private @Nullable FixtureSubgraphServer subgraphs;

	private @Nullable RouterUnderTest router;

	private String startProblem = "";

	AreaSession(Fixture fixture, RouterFactory routerFactory, ScoreReport report) {
		this.fixture = fixture;
		this.routerFactory = routerFactory;
		this.report = report;
	}

	synchronized CaseResult run(ConformanceCase testCase, CaseRunner runner) throws Exception {
		FixtureSubgraphServer servers = started();
		return runner.run(this.fixture.area(), testCase, Optional.ofNullable(this.router), servers, this.startProblem);
	}

	private FixtureSubgraphServer started() throws Exception {
		if (this.subgraphs != null) {
			return this.subgraphs;
		}
		this.subgraphs = FixtureSubgraphServer.start(this.fixture,
				FixtureResolversCatalog.forArea(this.fixture.area()));
		ResolvedSupergraph supergraph = new SupergraphSelector(ConformanceTests.COMMITTED_SUPERGRAPHS)
			.select(this.fixture);
		this.report.supergraph(this.fixture.area(), supergraph);
		try {
			this.router = this.routerFactory.start(this.subgraphs.localize(supergraph.sdl()));
		}
		catch (Exception | LinkageError ex) {
			this.startProblem = ex.toString();
		}
		return this.subgraphs;
	}

	@Override
	public synchronized void close() throws Exception {
		if (this.router != null) {
			this.router.close();
		}
		if (this.subgraphs != null) {
			this.subgraphs.close();
		}
	}

}
