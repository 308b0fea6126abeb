package io.streamhub.availability.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.ratelimiter.operator.RateLimiterOperator;
import io.streamhub.availability.config.AvailabilityProperties;
import io.streamhub.availability.offer.TitleSnapshot;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * A feed over HTTP: {@code GET {base-url}/v1/titles?ids=<uuid>,<uuid>} with the
 * configured credentials header, answering the {@link FeedParser feed format}. Guarded,
 * from the outside in, by a circuit breaker (failures and timeouts count; refusals of the
 * rate limiter do not), a token-bucket rate limiter, and a timeout.
 */
class HttpPlatformFeed implements PlatformFeed {

	/** Largest feed response read (a batch of 50 titles is a few kilobytes). */
	private static final int MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

	private final String slug;

	private final AvailabilityProperties.Feed config;

	private final WebClient client;

	private final CircuitBreaker circuitBreaker;

	private final RateLimiter rateLimiter;

	HttpPlatformFeed(String slug, AvailabilityProperties.Feed config, WebClient.Builder builder) {
		this.slug = slug;
		this.config = config;
		this.client = builder.clone()
			.baseUrl(Objects.requireNonNull(config.getBaseUrl()))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(MAX_RESPONSE_BYTES))
			.build();
		this.circuitBreaker = CircuitBreaker.of("availability-" + slug,
				CircuitBreakerConfig.custom()
					.failureRateThreshold(config.getFailureRateThreshold())
					.minimumNumberOfCalls(config.getMinimumCalls())
					.slidingWindowSize(config.getMinimumCalls())
					.waitDurationInOpenState(config.getOpenDuration())
					.ignoreExceptions(RequestNotPermitted.class)
					.build());
		this.rateLimiter = RateLimiter.of("availability-" + slug,
				RateLimiterConfig.custom()
					.limitForPeriod(config.getRequestsPerPeriod())
					.limitRefreshPeriod(config.getRefreshPeriod())
					.timeoutDuration(config.getPermitWait())
					.build());
	}

	@Override
	public String slug() {
		return this.slug;
	}

	@Override
	public String name() {
		String name = this.config.getName();
		return (name != null && !name.isBlank()) ? name : this.slug;
	}

	@Override
	public int batchSize() {
		return Math.max(1, this.config.getBatchSize());
	}

	@Override
	public CircuitBreaker circuitBreaker() {
		return this.circuitBreaker;
	}

	@Override
	public Mono<List<TitleSnapshot>> fetch(List<UUID> videoIds) {
		String ids = videoIds.stream().map(UUID::toString).collect(Collectors.joining(","));
		return this.client.get()
			.uri((uri) -> uri.path("/v1/titles").queryParam("ids", ids).build())
			.headers((headers) -> {
				if (!this.config.getAuthValue().isEmpty()) {
					headers.set(this.config.getAuthHeader(), this.config.getAuthValue());
				}
			})
			.retrieve()
			.bodyToMono(byte[].class)
			.timeout(this.config.getTimeout())
			.map((body) -> complete(videoIds, FeedParser.parse(body, false)))
			.transformDeferred(RateLimiterOperator.of(this.rateLimiter))
			.transformDeferred(CircuitBreakerOperator.of(this.circuitBreaker));
	}

	/**
	 * One snapshot per requested video: titles not requested are ignored, titles missing
	 * are offered nowhere.
	 */
	private static List<TitleSnapshot> complete(List<UUID> requested, List<TitleSnapshot> titles) {
		Map<UUID, TitleSnapshot> byId = new LinkedHashMap<>();
		requested.forEach((id) -> byId.put(id, new TitleSnapshot(id, List.of())));
		titles.stream()
			.filter((title) -> byId.containsKey(title.videoId()))
			.forEach((title) -> byId.put(title.videoId(), title));
		return List.copyOf(byId.values());
	}

}
