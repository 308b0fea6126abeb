package io.streamhub.router.server.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.router.GraphQlError;
import io.streamhub.router.GraphQlRequest;
import io.streamhub.router.GraphQlRequestException;
import io.streamhub.router.GraphQlResponse;
import io.streamhub.router.RequestContext;
import io.streamhub.router.RouterEngine;
import io.streamhub.router.server.client.Client;
import io.streamhub.router.server.client.ClientRegistry;
import io.streamhub.router.server.config.IntrospectionAccess;
import io.streamhub.router.server.headers.HeaderPropagation;
import io.streamhub.router.server.headers.ResponseHeaders;
import io.streamhub.router.server.limits.OperationLimits;
import io.streamhub.router.server.persisted.PersistedDocuments;
import io.streamhub.router.server.ratelimit.TokenBucketRateLimiter;
import io.streamhub.router.server.runtime.EngineReference;
import io.streamhub.router.server.runtime.Rejection;
import io.streamhub.router.server.security.BearerAuthenticator;
import io.streamhub.router.server.telemetry.RouterMetrics;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * The stages between an HTTP request and the engine. Once per request: authentication
 * (bearer token), client identification (API key / client name), rate limit (one token
 * per operation). Once per operation: the document (persisted id, APQ or free-form, by
 * policy), GET's read-only rule, limits, introspection access, execution. Every refusal
 * is a {@link Rejection}.
 */
final class OperationPipeline {

	private static final Log logger = LogFactory.getLog(OperationPipeline.class);

	private final ObjectProvider<EngineReference> engineProvider;

	private final Stages stages;

	private volatile @Nullable EngineReference engines;

	OperationPipeline(ObjectProvider<EngineReference> engineProvider, Stages stages) {
		this.engineProvider = engineProvider;
		this.stages = stages;
	}

	/**
	 * Establishes the caller: authentication, client, rate limit.
	 * @param request the HTTP request
	 * @param operations how many operations it carries
	 * @return the caller, or a {@link Rejection}
	 */
	Mono<Caller> admit(ServerRequest request, int operations) {
		HttpHeaders headers = request.headers().asHttpHeaders();
		String requestId = RequestIds.requestId(headers.getFirst("x-request-id"));
		return this.stages.authenticator()
			.authenticate(headers.getFirst(HttpHeaders.AUTHORIZATION))
			.map((user) -> caller(headers, requestId, user))
			.flatMap((caller) -> rateLimit(caller, request, operations).thenReturn(caller));
	}

	private Caller caller(HttpHeaders headers, String requestId, Optional<AuthenticatedUser> user) {
		Client client = this.stages.clients()
			.identify(headers.getFirst(this.stages.apiKeyHeader()), headers.getFirst(this.stages.clientNameHeader()));
		Map<String, List<String>> context = new LinkedHashMap<>();
		for (String name : this.stages.headers().clientHeaders()) {
			List<String> values = headers.get(name);
			if (values != null && !values.isEmpty()) {
				context.put(name, values);
			}
		}
		context.put("x-request-id", List.of(requestId));
		context.put("traceparent", List.of(RequestIds.traceparent(headers.getFirst("traceparent"))));
		ResponseHeaders sink = this.stages.headers().open();
		if (sink != null) {
			context.put(HeaderPropagation.EXCHANGE, List.of(sink.key()));
		}
		return new Caller(requestId, client, user, Map.copyOf(context), sink);
	}

	private Mono<Void> rateLimit(Caller caller, ServerRequest request, int operations) {
		TokenBucketRateLimiter limiter = this.stages.rateLimiter();
		if (limiter == null) {
			return Mono.empty();
		}
		String address = request.remoteAddress()
			.map((socket) -> socket.getAddress().getHostAddress())
			.orElse("unknown");
		return limiter.acquire(caller.client().policy(), caller.rateLimitKey(address), operations);
	}

	/**
	 * Runs one operation.
	 * @param operation what the client sent
	 * @param caller the caller
	 * @param readOnly whether only queries may run (GET)
	 * @return the response, or a {@link Rejection}
	 */
	Mono<GraphQlResponse> execute(IncomingOperation operation, Caller caller, boolean readOnly) {
		long started = System.nanoTime();
		AtomicReference<@Nullable String> name = new AtomicReference<>(operation.operationName());
		return Mono
			.defer(() -> this.stages.documents()
				.resolve(operation.query(), operation.documentId(), operation.extensions(), caller.client()))
			.flatMap((document) -> run(document, operation, caller, readOnly, name::set))
			.doOnEach((signal) -> {
				if (signal.isOnNext() || signal.isOnError()) {
					record(name.get(), caller, signal.get(), signal.getThrowable(), started);
				}
			});
	}

	private Mono<GraphQlResponse> run(String document, IncomingOperation operation, Caller caller, boolean readOnly,
			Consumer<String> selected) {
		if (readOnly && !OperationKinds.isReadOnly(document, operation.operationName())) {
			return Mono.error(HttpRequestProblem
				.methodNotAllowed("Only queries can be sent with GET: send mutations with POST", HttpMethod.POST));
		}
		boolean introspects = this.stages.limits()
			.check(document, operation.operationName(), operation.variables(), selected);
		if (introspects && !mayIntrospect(caller)) {
			throw Rejection.of(HttpStatus.FORBIDDEN, "FORBIDDEN", "Introspection is only allowed for admins");
		}
		GraphQlRequest request = new GraphQlRequest(document, operation.operationName(), operation.variables(),
				operation.extensions());
		RequestContext context = new RequestContext(caller.contextHeaders(), caller.user().orElse(null));
		return Mono.fromFuture(engines().current().execute(request, context))
			.onErrorResume(OperationPipeline::requestErrorOrProblem);
	}

	private boolean mayIntrospect(Caller caller) {
		IntrospectionAccess access = this.stages.introspection();
		return access == IntrospectionAccess.EVERYONE || (access == IntrospectionAccess.ADMINS && caller.isAdmin());
	}

	private EngineReference engines() {
		EngineReference engines = this.engines;
		if (engines == null) {
			engines = this.engineProvider.getObject();
			this.engines = engines;
		}
		return engines;
	}

	private static Mono<GraphQlResponse> requestErrorOrProblem(Throwable failure) {
		Throwable cause = (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause()
				: failure;
		if (cause instanceof GraphQlRequestException requestError) {
			return Mono.just(GraphQlResponse.ofErrors(requestError.errors()));
		}
		logger.error("Executing a request failed", cause);
		return Mono.error(HttpRequestProblem.internal());
	}

	private void record(@Nullable String operationName, Caller caller, @Nullable GraphQlResponse response,
			@Nullable Throwable failure, long started) {
		Duration duration = Duration.ofNanos(System.nanoTime() - started);
		String outcome = outcome(response, failure);
		this.stages.metrics().request(operationName, caller.client().name(), outcome, duration);
		if (this.stages.accessLog()) {
			AccessLog.log(caller, operationName, outcome, duration);
		}
	}

	private static String outcome(@Nullable GraphQlResponse response, @Nullable Throwable failure) {
		if (failure instanceof Rejection rejection) {
			return rejection.code();
		}
		if (failure instanceof HttpRequestProblem problem) {
			return problem.code();
		}
		if (failure != null || response == null) {
			return "INTERNAL";
		}
		if (response.errors().isEmpty()) {
			return "ok";
		}
		GraphQlError first = response.errors().get(0);
		return response.isRequestError() && first.code() != null ? first.code().toUpperCase(Locale.ROOT) : "errors";
	}

	/**
	 * The features the pipeline runs.
	 *
	 * @param authenticator bearer token verification
	 * @param clients client identification
	 * @param apiKeyHeader the API key header name
	 * @param clientNameHeader the client name header name
	 * @param rateLimiter the rate limiter, or {@code null} when off
	 * @param documents persisted operations and APQ
	 * @param limits document limits
	 * @param introspection who may introspect
	 * @param headers header propagation
	 * @param metrics meters
	 * @param accessLog whether each request is logged
	 */
	record Stages(BearerAuthenticator authenticator, ClientRegistry clients, String apiKeyHeader,
			String clientNameHeader, @Nullable TokenBucketRateLimiter rateLimiter, PersistedDocuments documents,
			OperationLimits limits, IntrospectionAccess introspection, HeaderPropagation headers, RouterMetrics metrics,
			boolean accessLog) {

	}

}
