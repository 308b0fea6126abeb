package io.streamhub.router.server.graphiql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /graphiql}: GraphiQL with an admin sign-in form (the page, its script and
 * style from this jar; GraphiQL and React from their webjars at {@code /webjars/**}). The
 * page is the same for everyone: without an admin token, introspection and operations
 * follow the caller's policy. Security headers: a strict Content-Security-Policy (scripts
 * only from this origin, no framing), {@code nosniff}, no referrer.
 */
@Configuration(proxyBeanMethods = false)
public class GraphiqlConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
			+ "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

	@Bean
	RouterFunction<ServerResponse> graphiqlRoutes() {
		byte[] page = resource("graphiql/index.html");
		byte[] script = resource("graphiql/app.js");
		byte[] style = resource("graphiql/app.css");
		return RouterFunctions.route()
			.GET("/graphiql",
					(request) -> secured(ServerResponse.ok()).contentType(MediaType.TEXT_HTML).bodyValue(page))
			.GET("/graphiql/app.js",
					(request) -> secured(ServerResponse.ok()).contentType(MediaType.valueOf("text/javascript"))
						.bodyValue(script))
			.GET("/graphiql/app.css",
					(request) -> secured(ServerResponse.ok()).contentType(MediaType.valueOf("text/css"))
						.bodyValue(style))
			.build();
	}

	private static ServerResponse.BodyBuilder secured(ServerResponse.BodyBuilder response) {
		return response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.header("X-Content-Type-Options", "nosniff")
			.header("X-Frame-Options", "DENY")
			.header("Referrer-Policy", "no-referrer")
			.cacheControl(CacheControl.noCache());
	}

	private static byte[] resource(String name) {
		try (InputStream in = GraphiqlConfiguration.class.getClassLoader().getResourceAsStream(name)) {
			return Objects.requireNonNull(in, name).readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
