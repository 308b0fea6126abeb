package io.streamhub.users.config;

import java.net.InetSocketAddress;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Puts the client address (for rate limits) in the GraphQL context.
 */
@Component
class ClientAddressInterceptor implements WebGraphQlInterceptor {

	private static final String FORWARDED_FOR = "X-Forwarded-For";

	private final UsersProperties properties;

	ClientAddressInterceptor(UsersProperties properties) {
		this.properties = properties;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String address = clientAddress(request);
		if (address != null) {
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.of(ClientAddress.CONTEXT_KEY, address)).build());
		}
		return chain.next(request);
	}

	private @Nullable String clientAddress(WebGraphQlRequest request) {
		String forwarded = request.getHeaders().getFirst(FORWARDED_FOR);
		if (this.properties.isTrustForwardedFor() && StringUtils.hasText(forwarded)) {
			return forwarded.split(",")[0].trim();
		}
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null) {
			return null;
		}
		return (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

}
