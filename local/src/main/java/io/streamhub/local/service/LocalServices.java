package io.streamhub.local.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.streamhub.availability.AvailabilityApplication;
import io.streamhub.comments.CommentsApplication;
import io.streamhub.discovery.DiscoveryApplication;
import io.streamhub.local.infrastructure.LocalInfrastructure;
import io.streamhub.media.MediaWorkerApplication;
import io.streamhub.realtime.RealtimeApplication;
import io.streamhub.router.composition.Composer;
import io.streamhub.router.composition.CompositionException;
import io.streamhub.router.composition.SubgraphSource;
import io.streamhub.router.server.RouterApplication;
import io.streamhub.users.UsersApplication;
import io.streamhub.videos.VideosApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts every service of the platform in this JVM, each in its own Spring application
 * context with its own configuration file ({@code spring.config.name}), on its local
 * port, wired to the shared embedded infrastructure. The router starts last, on a
 * supergraph composed from the schemas of the subgraphs that are running.
 */
public final class LocalServices implements AutoCloseable {

	/**
	 * Auto-configurations the subgraphs' libraries bring onto this JVM's classpath (a
	 * GraphQL server, an R2DBC database) that the services without them must not pick up
	 * here; standalone, their own classpath lacks those libraries.
	 */
	private static final String NOT_A_SUBGRAPH = String.join(",",
			"com.netflix.graphql.dgs.springgraphql.autoconfig.DgsSpringGraphQLAutoConfiguration",
			"com.netflix.graphql.dgs.apq.DgsAPQSupportAutoConfiguration",
			"org.springframework.boot.graphql.autoconfigure.GraphQlAutoConfiguration",
			"org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration");

	/**
	 * A demo streaming platform whose availability changes arrive through the signed
	 * webhook ({@code POST /webhooks/availability/flixnet} on the availability subgraph).
	 */
	public static final String DEMO_PLATFORM = "flixnet";

	/** The demo platform's webhook secret (HMAC-SHA256 key; local only). */
	public static final String DEMO_WEBHOOK_SECRET = "local-webhook-secret";

	private final List<ConfigurableApplicationContext> contexts;

	private LocalServices(List<ConfigurableApplicationContext> contexts) {
		this.contexts = contexts;
	}

	/**
	 * Start the subgraphs, then the router.
	 * @param infrastructure the running infrastructure
	 * @param ports where the services listen
	 * @return the running services
	 */
	public static LocalServices start(LocalInfrastructure infrastructure, LocalPorts ports) {
		List<ConfigurableApplicationContext> contexts = new ArrayList<>();
		try {
			// one after the other: Spring Boot's logging initialisation is not safe for
			// concurrent starts
			contexts.add(run(UsersApplication.application(), users(infrastructure, ports)));
			contexts.add(run(VideosApplication.application(), videos(infrastructure, ports)));
			contexts.add(run(CommentsApplication.application(), comments(infrastructure, ports)));
			contexts.add(run(DiscoveryApplication.application(), discovery(infrastructure, ports)));
			contexts.add(run(AvailabilityApplication.application(), availability(infrastructure, ports)));
			contexts.add(run(MediaWorkerApplication.application(), mediaWorker(infrastructure, ports)));
			Path supergraph = writeSupergraph(List.of(subgraph("users", ports.usersUrl()),
					subgraph("videos", ports.videosUrl()), subgraph("comments", ports.commentsUrl()),
					subgraph("discovery", ports.discoveryUrl()), subgraph("availability", ports.availabilityUrl()),
					subgraph("realtime", "http://localhost:" + ports.realtime() + "/graphql")));
			contexts.add(run(RealtimeApplication.application(), realtime(infrastructure, ports, supergraph)));
			contexts.add(run(RouterApplication.application(), router(infrastructure, ports, supergraph)));
			return new LocalServices(contexts);
		}
		catch (RuntimeException ex) {
			new LocalServices(contexts).close();
			throw ex;
		}
	}

	/**
	 * Runs a service with the local settings as command-line arguments: they outrank the
	 * service's own configuration file, which may name other hosts and ports.
	 */
	private static ConfigurableApplicationContext run(SpringApplicationBuilder application,
			Map<String, Object> properties) {
		String[] arguments = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		return application.run(arguments);
	}

	private static Map<String, Object> users(LocalInfrastructure infrastructure, LocalPorts ports) {
		Map<String, Object> properties = database(infrastructure);
		properties.put("server.port", ports.users());
		// The first account of the fresh local database is the admin (see DemoAccounts).
		properties.put("users.bootstrap-admin", true);
		return properties;
	}

	private static Map<String, Object> videos(LocalInfrastructure infrastructure, LocalPorts ports) {
		Map<String, Object> properties = database(infrastructure);
		properties.put("server.port", ports.videos());
		properties.put("streamhub.security.jwks-url", ports.jwksUrl());
		properties.putAll(s3(infrastructure));
		properties.put("videos.s3.bucket", LocalInfrastructure.MEDIA_BUCKET);
		return properties;
	}

	private static Map<String, Object> comments(LocalInfrastructure infrastructure, LocalPorts ports) {
		Map<String, Object> properties = database(infrastructure);
		properties.put("server.port", ports.comments());
		properties.put("streamhub.security.jwks-url", ports.jwksUrl());
		return properties;
	}

	private static Map<String, Object> mediaWorker(LocalInfrastructure infrastructure, LocalPorts ports) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("server.port", ports.mediaWorker());
		properties.put("spring.data.redis.host", infrastructure.redis().host());
		properties.put("spring.data.redis.port", infrastructure.redis().port());
		properties.putAll(s3(infrastructure));
		properties.put("media-worker.s3.bucket", LocalInfrastructure.MEDIA_BUCKET);
		properties.put("spring.autoconfigure.exclude", NOT_A_SUBGRAPH);
		return properties;
	}

	private static Map<String, Object> s3(LocalInfrastructure infrastructure) {
		var s3 = infrastructure.s3();
		return Map.of("streamhub.s3.endpoint", s3.endpoint(), "streamhub.s3.region", s3.region(),
				"streamhub.s3.access-key", s3.accessKey(), "streamhub.s3.secret-key", s3.secretKey());
	}

	/** PostgreSQL and Redis settings; each service forces its own schema. */
	private static Map<String, Object> database(LocalInfrastructure infrastructure) {
		var postgres = infrastructure.postgres();
		var redis = infrastructure.redis();
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.r2dbc.url", postgres.r2dbcUrl(LocalInfrastructure.DATABASE));
		properties.put("spring.r2dbc.username", postgres.username());
		properties.put("spring.r2dbc.password", postgres.password());
		properties.put("spring.flyway.url", postgres.jdbcUrl(LocalInfrastructure.DATABASE));
		properties.put("spring.flyway.user", postgres.username());
		properties.put("spring.flyway.password", postgres.password());
		properties.put("spring.data.redis.host", redis.host());
		properties.put("spring.data.redis.port", redis.port());
		return properties;
	}

	private static Map<String, Object> router(LocalInfrastructure infrastructure, LocalPorts ports, Path supergraph) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("server.port", ports.router());
		properties.put("router.supergraph", supergraph.toString());
		// profile dev: everyone may introspect, one access-log line per operation
		properties.put("spring.profiles.active", "dev");
		properties.put("router.jwt.jwks-url", ports.jwksUrl());
		properties.put("router.redis-url", infrastructure.redis().uri());
		// plain-text console logs: the services share this JVM's console
		properties.put("logging.structured.format.console", "");
		persistedQueriesManifest()
			.ifPresent((manifest) -> properties.put("router.persisted-queries.manifest", manifest.toString()));
		return properties;
	}

	/**
	 * The repository's persisted operations, when the stack runs from a checkout (the
	 * repository root, or a module folder such as local/ in tests).
	 */
	private static Optional<Path> persistedQueriesManifest() {
		return Stream.of(Path.of("persisted-queries/manifest.json"), Path.of("../persisted-queries/manifest.json"))
			.filter(Files::isRegularFile)
			.map(Path::toAbsolutePath)
			.findFirst();
	}

	private static Map<String, Object> discovery(LocalInfrastructure infrastructure, LocalPorts ports) {
		Map<String, Object> properties = database(infrastructure);
		properties.put("server.port", ports.discovery());
		properties.put("streamhub.security.jwks-url", ports.jwksUrl());
		properties.put("discovery.elasticsearch.url", infrastructure.elasticsearch().url());
		return properties;
	}

	private static Map<String, Object> availability(LocalInfrastructure infrastructure, LocalPorts ports) {
		Map<String, Object> properties = database(infrastructure);
		properties.put("server.port", ports.availability());
		properties.put("streamhub.security.jwks-url", ports.jwksUrl());
		properties.put("availability.feeds." + DEMO_PLATFORM + ".name", "Flixnet");
		properties.put("availability.feeds." + DEMO_PLATFORM + ".webhook-secret", DEMO_WEBHOOK_SECRET);
		return properties;
	}

	private static Map<String, Object> realtime(LocalInfrastructure infrastructure, LocalPorts ports, Path supergraph) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("server.port", ports.realtime());
		properties.put("spring.data.redis.host", infrastructure.redis().host());
		properties.put("spring.data.redis.port", infrastructure.redis().port());
		properties.put("streamhub.security.jwks-url", ports.jwksUrl());
		properties.put("realtime.supergraph", supergraph.toString());
		properties.put("spring.autoconfigure.exclude", NOT_A_SUBGRAPH);
		return properties;
	}

	private static SubgraphSource subgraph(String name, String url) {
		String resource = "schema/" + name + "/" + name + ".graphqls";
		try (InputStream in = LocalServices.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No " + resource + " on the classpath");
			}
			return new SubgraphSource(name, url, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path writeSupergraph(List<SubgraphSource> subgraphs) {
		try {
			Path file = Files.createTempFile("streamhub-supergraph", ".graphql");
			file.toFile().deleteOnExit();
			Files.writeString(file, Composer.compose(subgraphs));
			return file;
		}
		catch (CompositionException ex) {
			throw new IllegalStateException("The local supergraph does not compose: " + ex.errors(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		for (int i = this.contexts.size() - 1; i >= 0; i--) {
			this.contexts.get(i).close();
		}
	}

}
