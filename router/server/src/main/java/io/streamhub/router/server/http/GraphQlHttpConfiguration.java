package io.streamhub.router.server.http;

import io.streamhub.router.RouterEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Routes {@code /graphql} to the GraphQL over HTTP handler.
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlHttpConfiguration {

	/** The GraphQL endpoint's path. */
	public static final String PATH = "/graphql";

	@Bean
	RouterFunction<ServerResponse> graphQlRoutes(ObjectProvider<RouterEngine> engine,
			@Value("${router.max-body-size:1MB}") DataSize maxBodySize) {
		GraphQlHttpHandler handler = new GraphQlHttpHandler(engine,
				(int) Math.min(Integer.MAX_VALUE, maxBodySize.toBytes()));
		return RouterFunctions.route()
			.POST(PATH, handler::post)
			.GET(PATH, handler::get)
			.route(RequestPredicates.path(PATH), handler::methodNotAllowed)
			.build();
	}

}
