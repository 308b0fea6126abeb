package io.streamhub.platform.security;

import java.util.Map;

import graphql.ExecutionResult;
import io.streamhub.platform.errors.GraphQlErrors;
import io.streamhub.platform.errors.UnauthenticatedException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;

/**
 * Authenticates GraphQL-over-HTTP requests from the {@code Authorization: Bearer <jwt>}
 * header.
 * <p>
 * No header: the request runs anonymously. A valid token: the {@link AuthenticatedUser}
 * is put into the GraphQLContext (see {@link Viewer}). A header that is present but not a
 * valid bearer token: the request is NOT executed; the answer is a single
 * {@code UNAUTHENTICATED} error and no data. Verification runs on the bounded-elastic
 * scheduler because a key refetch performs blocking HTTP.
 */
public final class JwtAuthenticationInterceptor implements WebGraphQlInterceptor {

	private static final Log logger = LogFactory.getLog(JwtAuthenticationInterceptor.class);

	private static final String BEARER = "Bearer ";

	private final JwtVerifier verifier;

	/**
	 * Create the interceptor.
	 * @param verifier verifies the bearer tokens
	 */
	public JwtAuthenticationInterceptor(JwtVerifier verifier) {
		this.verifier = verifier;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		@Nullable String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			return chain.next(request);
		}
		if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return Mono.just(unauthenticated(request, "Authorization header must be a Bearer token"));
		}
		String token = header.substring(BEARER.length()).trim();
		return Mono.fromCallable(() -> this.verifier.verify(token))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((user) -> proceed(request, chain, user))
			.onErrorResume(TokenVerificationException.class, (ex) -> rejected(request, ex));
	}

	private static Mono<WebGraphQlResponse> proceed(WebGraphQlRequest request, Chain chain, AuthenticatedUser user) {
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(Viewer.CONTEXT_KEY, user)).build());
		return chain.next(request);
	}

	private static Mono<WebGraphQlResponse> rejected(WebGraphQlRequest request, TokenVerificationException ex) {
		logger.debug("Bearer token rejected: " + ex.getMessage());
		return Mono.just(unauthenticated(request, "Invalid or expired token"));
	}

	private static WebGraphQlResponse unauthenticated(WebGraphQlRequest request, String message) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphQlErrors.toRequestError(new UnauthenticatedException(message)))
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
