package io.streamhub.router.server.engine;

import java.time.Duration;
import java.util.stream.Collectors;

import io.streamhub.router.RouterEngine;
import io.streamhub.router.RouterOptions;
import io.streamhub.router.execution.SubgraphClient;
import io.streamhub.router.server.config.RouterProperties;
import io.streamhub.router.supergraph.Supergraph;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the {@link RouterEngine} from the configured supergraph. A supergraph that
 * cannot be read, composed or parsed stops the start with a message naming the problem.
 */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

	private static final Log logger = LogFactory.getLog(EngineConfiguration.class);

	@Bean(destroyMethod = "close")
	ReactorNettySubgraphClient subgraphClient() {
		return new ReactorNettySubgraphClient(Duration.ofSeconds(5), 512);
	}

	@Bean
	RouterEngine routerEngine(RouterProperties properties, SubgraphClient subgraphClient) {
		long started = System.nanoTime();
		SupergraphFile file = SupergraphFile.resolve(properties.getSupergraph());
		String sdl = SupergraphLoader.load(file, properties.getSubgraphUrls());
		Supergraph supergraph = Supergraph.parse(sdl);
		RouterOptions options = new RouterOptions(properties.getSubgraphTimeout(), properties.getPlanCacheSize(),
				properties.isIntrospection());
		RouterEngine engine = RouterEngine.create(supergraph, subgraphClient, options);
		logger.info("Serving the supergraph " + file.path().toAbsolutePath() + " (" + subgraphNames(supergraph)
				+ "), engine ready in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
		return engine;
	}

	private static String subgraphNames(Supergraph supergraph) {
		return supergraph.subgraphs()
			.stream()
			.map((subgraph) -> subgraph.name() + " " + subgraph.url())
			.collect(Collectors.joining(", "));
	}

}
