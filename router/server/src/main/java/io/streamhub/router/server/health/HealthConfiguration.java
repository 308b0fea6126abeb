package io.streamhub.router.server.health;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /health}: 200 {@code {"status":"UP"}} once the router serves. The engine is
 * created before the server listens, so a listening router has a valid supergraph.
 */
@Configuration(proxyBeanMethods = false)
public class HealthConfiguration {

	private static final byte[] UP = "{\"status\":\"UP\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

	@Bean
	RouterFunction<ServerResponse> healthRoutes() {
		return RouterFunctions.route()
			.GET("/health", (request) -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(UP))
			.build();
	}

}
