package io.streamhub.videos.view;

import java.net.InetSocketAddress;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import io.streamhub.videos.config.VideosProperties;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Puts the client address of a request in the GraphQL context: the first
 * {@code X-Forwarded-For} hop when {@code videos.views.trust-forwarded-for} is set, the
 * TCP peer otherwise. Anonymous views are told apart by it.
 */
@Component
class ClientAddressInterceptor implements WebGraphQlInterceptor {

	private static final String CONTEXT_KEY = ClientAddressInterceptor.class.getName();

	private static final String FORWARDED_FOR = "X-Forwarded-For";

	private final VideosProperties properties;

	ClientAddressInterceptor(VideosProperties properties) {
		this.properties = properties;
	}

	/**
	 * The client address of the current request.
	 * @param env the data fetching environment
	 * @return the address, null when unknown
	 */
	static @Nullable String of(DataFetchingEnvironment env) {
		return env.getGraphQlContext().get(CONTEXT_KEY);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String address = address(request);
		if (address != null) {
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.of(CONTEXT_KEY, address)).build());
		}
		return chain.next(request);
	}

	private @Nullable String address(WebGraphQlRequest request) {
		String forwarded = request.getHeaders().getFirst(FORWARDED_FOR);
		if (this.properties.getViews().isTrustForwardedFor() && StringUtils.hasText(forwarded)) {
			return forwarded.split(",")[0].strip();
		}
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null) {
			return null;
		}
		return (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

}
