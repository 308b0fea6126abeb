package io.streamhub.router.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.streamhub.router.conformance.fixture.Fixture;
import io.streamhub.router.conformance.fixture.FixtureLoader;
import io.streamhub.router.conformance.fixtures.FixtureResolversCatalog;
import io.streamhub.router.conformance.json.Json;
import io.streamhub.router.conformance.subgraph.FixtureSubgraphServer;

/**
 * Developer tool for the oracle ({@code oracle/record.sh}): starts every fixture's
 * subgraphs (or those of the areas given as arguments), writes
 * {@code target/oracle/endpoints.json} ({@code area -> base URL}) and serves until its
 * standard input closes.
 */
public final class FixtureServersMain {

	private FixtureServersMain() {
	}

	public static void main(String[] args) {
		List<FixtureSubgraphServer> servers = new ArrayList<>();
		try {
			serve(List.of(args), servers);
		}
		catch (IOException | RuntimeException ex) {
			ex.printStackTrace();
		}
		finally {
			servers.forEach(FixtureSubgraphServer::close);
		}
		System.exit(0);
	}

	private static void serve(List<String> only, List<FixtureSubgraphServer> servers) throws IOException {
		Map<String, String> endpoints = new LinkedHashMap<>();
		for (Fixture fixture : FixtureLoader.loadAll(ConformanceTests.FIXTURES)) {
			if (!only.isEmpty() && !only.contains(fixture.area())) {
				continue;
			}
			FixtureSubgraphServer server = FixtureSubgraphServer.start(fixture,
					FixtureResolversCatalog.forArea(fixture.area()));
			servers.add(server);
			endpoints.put(fixture.area(), server.baseUrl());
		}
		Path file = Path.of("target/oracle/endpoints.json");
		Files.createDirectories(file.getParent());
		Files.writeString(file, Json.write(endpoints));
		System.out.println("fixture subgraphs ready: " + file.toAbsolutePath());
		while (System.in.read() >= 0) {
			// serve until stdin closes
		}
	}

}
