package io.streamhub.local.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.streamhub.local.infrastructure.LocalInfrastructure;
import io.streamhub.router.composition.Composer;
import io.streamhub.router.composition.CompositionException;
import io.streamhub.router.composition.SubgraphSource;
import io.streamhub.router.server.RouterApplication;
import io.streamhub.users.UsersApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts every service of the platform in this JVM, each in its own Spring application
 * context with its own configuration file ({@code spring.config.name}), on its local
 * port, wired to the shared embedded infrastructure. The router starts last, on a
 * supergraph composed from the schemas of the subgraphs that are running.
 */
public final class LocalServices implements AutoCloseable {

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
			contexts.add(run(UsersApplication.application(), users(infrastructure, ports)));
			contexts.add(run(RouterApplication.application(), router(ports)));
			return new LocalServices(contexts);
		}
		catch (RuntimeException ex) {
			new LocalServices(contexts).close();
			throw ex;
		}
	}

	private static ConfigurableApplicationContext run(SpringApplicationBuilder application,
			Map<String, Object> properties) {
		return application.properties(properties).run();
	}

	private static Map<String, Object> users(LocalInfrastructure infrastructure, LocalPorts ports) {
		var postgres = infrastructure.postgres();
		var redis = infrastructure.redis();
		return Map.ofEntries(Map.entry("server.port", ports.users()),
				Map.entry("spring.r2dbc.url", postgres.r2dbcUrl(LocalInfrastructure.DATABASE)),
				Map.entry("spring.r2dbc.username", postgres.username()),
				Map.entry("spring.r2dbc.password", postgres.password()),
				Map.entry("spring.flyway.url", postgres.jdbcUrl(LocalInfrastructure.DATABASE)),
				Map.entry("spring.flyway.user", postgres.username()),
				Map.entry("spring.flyway.password", postgres.password()),
				Map.entry("spring.data.redis.host", redis.host()), Map.entry("spring.data.redis.port", redis.port()),
				// The first account of the fresh local database is the admin (see
				// DemoAccounts).
				Map.entry("users.bootstrap-admin", true));
	}

	private static Map<String, Object> router(LocalPorts ports) {
		Path supergraph = writeSupergraph(List.of(subgraph("users", ports.usersUrl())));
		return Map.of("server.port", ports.router(), "router.supergraph", supergraph.toString(), "router.introspection",
				true);
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
