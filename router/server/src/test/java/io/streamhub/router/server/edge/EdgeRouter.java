package io.streamhub.router.server.edge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.streamhub.platform.test.SharedInfrastructure;
import io.streamhub.platform.test.TestTokens;
import io.streamhub.router.server.RunningRouter;
import io.streamhub.router.server.TestSubgraphs;
import io.streamhub.router.server.client.ClientRegistry;
import io.streamhub.router.server.persisted.ManifestOperation;
import io.streamhub.router.server.persisted.PersistedQueryManifest;

/**
 * The router with its whole production edge configured (JWKS from {@link TestTokens},
 * real Redis, clients, a manifest, header rules, CORS), in front of the two test
 * subgraphs. Each test class starts its own and closes it ({@link AutoCloseable}):
 * closing a WebFlux application disposes Reactor Netty's global event loops, so routers
 * of different classes must not overlap.
 */
final class EdgeRouter implements AutoCloseable {

	static final String PARTNER_KEY = "acme-secret-key";

	static final String USERS_QUERY = "query Users { users { id name } }";

	static final String POSTS_QUERY = "query UserPosts { users { name posts { title } } }";

	static final String RENAME_MUTATION = "mutation Rename { rename(id: \"1\", name: \"Ada\") { name } }";

	final RunningRouter router;

	final Path manifest;

	private final TestSubgraphs subgraphs;

	private EdgeRouter(RunningRouter router, Path manifest, TestSubgraphs subgraphs) {
		this.router = router;
		this.manifest = manifest;
		this.subgraphs = subgraphs;
	}

	@Override
	public void close() {
		this.router.close();
		this.subgraphs.close();
	}

	static EdgeRouter start() {
		try {
			Path directory = Files.createTempDirectory("edge-router");
			Path manifest = directory.resolve("manifest.json");
			writeManifest(manifest, USERS_QUERY, RENAME_MUTATION);
			TestSubgraphs subgraphs = TestSubgraphs.start();
			List<String> arguments = new ArrayList<>(List.of("--router.jwt.jwks-url=" + TestTokens.shared().jwksUrl(),
					"--router.redis-url=" + redisUrl(), "--router.clients.registered.partner-acme.policy=partner",
					"--router.clients.registered.partner-acme.api-key-sha256=" + ClientRegistry.sha256(PARTNER_KEY),
					"--router.clients.registered.web.policy=first-party",
					"--router.persisted-queries.manifest=" + manifest, "--router.persisted-queries.poll-interval=100ms",
					"--router.rate-limits.policies.anonymous.capacity=100000",
					"--router.rate-limits.policies.anonymous.refill-per-second=100000",
					"--router.rate-limits.policies.first-party.capacity=100000",
					"--router.rate-limits.policies.first-party.refill-per-second=100000",
					"--router.rate-limits.policies.partner.capacity=100000",
					"--router.rate-limits.policies.partner.refill-per-second=100000",
					"--router.headers.all.propagate[0]=x-tenant", "--router.headers.all.propagate[1]=x-secret",
					"--router.headers.subgraphs.posts.rename.x-client-version=x-app-version",
					"--router.headers.subgraphs.posts.insert.x-router=streamhub",
					"--router.headers.subgraphs.posts.remove[0]=x-secret",
					"--router.headers.subgraphs.posts.response[0]=set-cookie",
					"--router.cors.allowed-origins[0]=https://app.example", "--router.cors.allow-credentials=true",
					"--router.limits.max-depth=3", "--router.limits.max-aliases=3", "--router.limits.max-root-fields=4",
					"--router.limits.max-directives-per-field=2", "--router.limits.max-tokens=400",
					"--router.limits.max-cost=300", "--router.batching.max-size=3",
					"--server.compression.min-response-size=16"));
			RunningRouter router = RunningRouter.start(subgraphs, arguments.toArray(String[]::new));
			return new EdgeRouter(router, manifest, subgraphs);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String redisUrl() {
		return "redis://127.0.0.1:" + SharedInfrastructure.redis().port();
	}

	static void writeManifest(Path file, String... bodies) throws IOException {
		List<ManifestOperation> operations = new ArrayList<>();
		for (String body : bodies) {
			String name = body.split("[ ({]")[1];
			String type = body.startsWith("mutation") ? "mutation" : "query";
			operations.add(new ManifestOperation(ClientRegistry.sha256(body), name, type, body, null));
		}
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		Files.writeString(temporary, PersistedQueryManifest.of(operations).toJson());
		Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	HttpResponse<String> post(Object body, String... headers) {
		List<String> all = new ArrayList<>(List.of("Content-Type", "application/json"));
		all.addAll(List.of(headers));
		return this.router.post((body instanceof String text) ? text : RunningRouter.json(body),
				all.toArray(String[]::new));
	}

	HttpResponse<String> get(String pathAndQuery, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.router.uri(pathAndQuery)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.router.send(request);
	}

	URI uri(String path) {
		return this.router.uri(path);
	}

	static Map<String, Object> query(String query) {
		return Map.of("query", query);
	}

	static Map<String, Object> body(HttpResponse<String> response) {
		return RunningRouter.parse(response.body());
	}

	@SuppressWarnings("unchecked")
	static String firstErrorCode(HttpResponse<String> response) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) body(response).get("errors");
		return (String) ((Map<String, Object>) errors.get(0).get("extensions")).get("code");
	}

}
