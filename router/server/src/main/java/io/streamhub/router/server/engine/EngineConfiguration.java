package io.streamhub.router.server.engine;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.streamhub.router.GraphQlRequest;
import io.streamhub.router.RequestContext;
import io.streamhub.router.RouterEngine;
import io.streamhub.router.RouterOptions;
import io.streamhub.router.execution.DeduplicatingSubgraphClient;
import io.streamhub.router.execution.SubgraphClient;
import io.streamhub.router.server.config.RouterProperties;
import io.streamhub.router.server.headers.HeaderPropagation;
import io.streamhub.router.server.persisted.ManifestStore;
import io.streamhub.router.server.telemetry.RouterMetrics;
import io.streamhub.router.supergraph.Supergraph;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * Creates the {@link RouterEngine} from the configured supergraph. A supergraph that
 * cannot be read, composed or parsed stops the start with a message naming the problem.
 * The engine is built (and its first request served once, to load its classes) on a
 * background thread while the rest of the application starts: the start-up's critical
 * path is shorter, and the server still opens its port only once the engine is ready,
 * because Spring waits for background beans before the web server starts.
 */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

	private static final Log logger = LogFactory.getLog(EngineConfiguration.class);

	@Bean(destroyMethod = "close")
	ReactorNettySubgraphClient subgraphClient() {
		return new ReactorNettySubgraphClient(Duration.ofSeconds(5), 512);
	}

	@Bean(name = ConfigurableApplicationContext.BOOTSTRAP_EXECUTOR_BEAN_NAME)
	Executor bootstrapExecutor() {
		return (task) -> {
			Thread thread = new Thread(task, "router-bootstrap");
			thread.setDaemon(true);
			thread.start();
		};
	}

	@Bean
	HeaderPropagation headerPropagation(RouterProperties properties) {
		return new HeaderPropagation(properties.getHeaders());
	}

	/**
	 * The engine in service, reloaded when the supergraph file changes. Introspection is
	 * always enabled in the engine: the HTTP layer decides who may introspect.
	 */
	@Bean(bootstrap = Bean.Bootstrap.BACKGROUND, destroyMethod = "close")
	@DependsOn({ "subgraphClient", "headerPropagation", "routerMetrics", "manifestStore", RouterProperties.BEAN_NAME })
	ReloadingEngine routerEngine(RouterProperties properties, ReactorNettySubgraphClient subgraphClient,
			HeaderPropagation headers, RouterMetrics metrics, ManifestStore manifests) {
		SupergraphFile file = SupergraphFile.resolve(properties.getSupergraph());
		SubgraphClient transport = properties.isDeduplicateQueries() ? deduplicating(subgraphClient, metrics)
				: subgraphClient;
		SubgraphClient client = new RoutingSubgraphClient(transport, headers, metrics);
		RouterOptions options = new RouterOptions(properties.getSubgraphTimeout(), properties.getPlanCacheSize(), true);
		ReloadingEngine engines = new ReloadingEngine(file,
				(source) -> createEngine(source, properties, client, options), properties.getSupergraphPollInterval(),
				metrics::supergraphReload);
		manifests.warmOn(engines);
		metrics.gauge("router.plan.cache.size", engines, (reference) -> reference.current().cachedPlanCount());
		return engines;
	}

	private static SubgraphClient deduplicating(SubgraphClient transport, RouterMetrics metrics) {
		DeduplicatingSubgraphClient deduplicating = new DeduplicatingSubgraphClient(transport,
				DeduplicatingSubgraphClient.TRACING_HEADERS);
		metrics.gauge("router.subgraph.requests.shared", deduplicating, DeduplicatingSubgraphClient::sharedCount);
		return deduplicating;
	}

	private static RouterEngine createEngine(SupergraphFile file, RouterProperties properties, SubgraphClient client,
			RouterOptions options) {
		long started = System.nanoTime();
		String sdl = SupergraphLoader.load(file, properties.getSubgraphUrls());
		Supergraph supergraph = Supergraph.parse(sdl);
		RouterEngine engine = RouterEngine.create(supergraph, client, options);
		warmUp(engine);
		logger.info("Serving the supergraph " + file.path().toAbsolutePath() + " (" + subgraphNames(supergraph)
				+ "), engine ready in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
		return engine;
	}

	/**
	 * Answers the audit's ping once, so that the classes of a request's path are loaded
	 * before the first client arrives. Never fails the start: the ping needs no subgraph.
	 */
	private static void warmUp(RouterEngine engine) {
		try {
			engine.execute(GraphQlRequest.of("query ping { __typename }"), RequestContext.empty())
				.get(5, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			logger.debug("Warm-up request failed", ex);
		}
	}

	private static String subgraphNames(Supergraph supergraph) {
		return supergraph.subgraphs()
			.stream()
			.map((subgraph) -> subgraph.name() + " " + subgraph.url())
			.collect(Collectors.joining(", "));
	}

}
