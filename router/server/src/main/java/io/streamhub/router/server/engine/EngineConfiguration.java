package io.streamhub.router.server.engine;

import io.streamhub.router.RouterEngine;
import io.streamhub.router.RouterOptions;
import io.streamhub.router.execution.HttpSubgraphClient;
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
	HttpSubgraphClient subgraphClient() {
		return HttpSubgraphClient.create();
	}

	@Bean
	RouterEngine routerEngine(RouterProperties properties, HttpSubgraphClient subgraphClient) {
		SupergraphFile file = SupergraphFile.resolve(properties.getSupergraph());
		String sdl = SupergraphLoader.load(file, properties.getSubgraphUrls());
		Supergraph supergraph = Supergraph.parse(sdl);
		logger.info(
				"Serving the supergraph " + file.path().toAbsolutePath() + " with subgraphs " + supergraph.subgraphs());
		RouterOptions options = new RouterOptions(properties.getSubgraphTimeout(), properties.getPlanCacheSize(),
				properties.isIntrospection());
		return RouterEngine.create(supergraph, subgraphClient, options);
	}

}
