package io.streamhub.realtime.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.lettuce.core.RedisURI;
import io.streamhub.platform.security.JwtVerifier;
import io.streamhub.realtime.auth.Authenticator;
import io.streamhub.realtime.events.StreamTailer;
import io.streamhub.realtime.protocol.GraphQlTransportWsHandler;
import io.streamhub.realtime.subscription.SubscriptionHub;
import io.streamhub.realtime.subscription.SubscriptionPlanner;
import io.streamhub.router.RouterEngine;
import io.streamhub.router.RouterOptions;
import io.streamhub.router.execution.HttpSubgraphClient;
import io.streamhub.router.supergraph.Supergraph;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.handler.SimpleUrlHandlerMapping;

/**
 * Wires the gateway: the engine over the supergraph, the subscription hub, the WebSocket
 * endpoint, the stream reader (started with the application) and {@code GET /health}.
 */
@Configuration(proxyBeanMethods = false)
public class RealtimeConfiguration {

	private static final Log logger = LogFactory.getLog(RealtimeConfiguration.class);

	@Bean(destroyMethod = "close")
	HttpSubgraphClient realtimeSubgraphClient() {
		return HttpSubgraphClient.create();
	}

	@Bean
	RouterEngine realtimeEngine(RealtimeProperties properties, HttpSubgraphClient realtimeSubgraphClient) {
		Path file = (properties.getSupergraph() != null) ? properties.getSupergraph()
				: Path.of("router/supergraph.yaml");
		Supergraph supergraph = Supergraph.parse(SupergraphLoading.load(file, properties.getSubgraphUrls()));
		if (supergraph.subgraph(properties.getSubgraphName()).isEmpty()) {
			throw new IllegalStateException("The supergraph " + file + " has no subgraph named '"
					+ properties.getSubgraphName() + "' (add schema/realtime.graphqls to it)");
		}
		logger.info("Realtime gateway planning over " + file.toAbsolutePath() + " (" + supergraph.subgraphs().size()
				+ " subgraphs)");
		return RouterEngine.create(supergraph, realtimeSubgraphClient,
				new RouterOptions(properties.getSubgraphTimeout(), 1000, false));
	}

	@Bean
	SubscriptionPlanner subscriptionPlanner(RouterEngine realtimeEngine, RealtimeProperties properties) {
		return new SubscriptionPlanner(realtimeEngine, properties.getSubgraphName());
	}

	@Bean
	SubscriptionHub subscriptionHub(SubscriptionPlanner planner, RouterEngine realtimeEngine,
			HttpSubgraphClient realtimeSubgraphClient, RealtimeProperties properties) {
		return SubscriptionHub.create(planner, realtimeEngine, realtimeSubgraphClient, properties.getSubgraphTimeout());
	}

	@Bean
	GraphQlTransportWsHandler graphQlTransportWsHandler(JwtVerifier verifier, RouterEngine realtimeEngine,
			SubscriptionPlanner planner, SubscriptionHub hub, RealtimeProperties properties) {
		return new GraphQlTransportWsHandler(new Authenticator(verifier), realtimeEngine, planner, hub,
				new GraphQlTransportWsHandler.Settings(properties.getInitTimeout(),
						properties.getMaxConnectionsPerUser(), properties.getMaxSubscriptionsPerConnection(),
						properties.getOutboundBufferMessages()));
	}

	@Bean
	HandlerMapping realtimeWebSocketMapping(GraphQlTransportWsHandler handler, RealtimeProperties properties) {
		return new SimpleUrlHandlerMapping(Map.of(properties.getPath(), handler), -1);
	}

	@Bean(destroyMethod = "close")
	StreamTailer streamTailer(SubscriptionHub hub, RealtimeProperties properties,
			@Value("${spring.data.redis.host:localhost}") String host,
			@Value("${spring.data.redis.port:6379}") int port) {
		return new StreamTailer(RedisURI.create(host, port), properties.getStreams(), properties.getReadBlock(),
				properties.getReadCount(), hub::publish);
	}

	@Bean
	SmartLifecycle streamTailerLifecycle(StreamTailer tailer) {
		return new SmartLifecycle() {

			private volatile boolean running;

			@Override
			public void start() {
				tailer.start();
				this.running = true;
			}

			@Override
			public void stop() {
				this.running = false;
			}

			@Override
			public boolean isRunning() {
				return this.running;
			}

		};
	}

	@Bean
	RouterFunction<ServerResponse> realtimeHealth(StreamTailer tailer, SubscriptionHub hub) {
		return RouterFunctions.route()
			.GET("/health",
					(request) -> ServerResponse.ok()
						.contentType(MediaType.APPLICATION_JSON)
						.body(Mono.fromSupplier(() -> health(tailer, hub)), Map.class))
			.build();
	}

	private static Map<String, Object> health(StreamTailer tailer, SubscriptionHub hub) {
		Map<String, Object> health = new LinkedHashMap<>();
		health.put("status", tailer.isReading() ? "UP" : "DEGRADED");
		health.put("streams", tailer.isReading() ? "reading" : "reconnecting");
		health.put("subscriptions", hub.subscriptionCount());
		health.put("sharedExecutions", hub.groupCount());
		return health;
	}

}
