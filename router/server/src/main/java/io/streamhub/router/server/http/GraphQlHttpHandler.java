package io.streamhub.router.server.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import io.streamhub.router.GraphQlError;
import io.streamhub.router.GraphQlRequest;
import io.streamhub.router.GraphQlRequestException;
import io.streamhub.router.GraphQlResponse;
import io.streamhub.router.RequestContext;
import io.streamhub.router.RouterEngine;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * GraphQL over HTTP at {@code /graphql}: POST with a JSON body, GET for queries.
 * Responses are the engine's serialized bytes. Status codes:
 * {@code application/graphql-response+json} answers request errors (the operation never
 * ran) with 400, {@code application/json} answers every well-formed request with 200;
 * requests that cannot be read are 4xx in both.
 */
final class GraphQlHttpHandler {

	private static final Log logger = LogFactory.getLog(GraphQlHttpHandler.class);

	private final ObjectProvider<RouterEngine> engineProvider;

	private final int maxBodyBytes;

	private volatile @Nullable RouterEngine engine;

	/**
	 * Creates the handler.
	 * @param engineProvider the engine, looked up at the first request (it is built in
	 * the background while the application starts)
	 * @param maxBodyBytes the largest accepted body
	 */
	GraphQlHttpHandler(ObjectProvider<RouterEngine> engineProvider, int maxBodyBytes) {
		this.engineProvider = engineProvider;
		this.maxBodyBytes = maxBodyBytes;
	}

	Mono<ServerResponse> post(ServerRequest request) {
		Optional<MediaType> responseType = responseType(request);
		if (responseType.isEmpty()) {
			return notAcceptable();
		}
		MediaType type = responseType.get();
		if (!isJson(request)) {
			return problem(HttpRequestProblem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"The request body must be application/json"), type);
		}
		return readBody(request).map(GraphQlRequestReader::fromJson)
			.flatMap((graphQlRequest) -> execute(graphQlRequest, request, type))
			.onErrorResume(HttpRequestProblem.class, (problem) -> problem(problem, type));
	}

	Mono<ServerResponse> get(ServerRequest request) {
		Optional<MediaType> responseType = responseType(request);
		if (responseType.isEmpty()) {
			return notAcceptable();
		}
		MediaType type = responseType.get();
		return Mono.fromCallable(() -> GraphQlRequestReader.fromParams(request.queryParams()))
			.flatMap((graphQlRequest) -> executeReadOnly(graphQlRequest, request, type))
			.onErrorResume(HttpRequestProblem.class, (problem) -> problem(problem, type));
	}

	Mono<ServerResponse> methodNotAllowed(ServerRequest request) {
		return problem(
				HttpRequestProblem.methodNotAllowed("Use POST, or GET for queries", HttpMethod.GET, HttpMethod.POST),
				MediaType.APPLICATION_JSON);
	}

	private Mono<ServerResponse> executeReadOnly(GraphQlRequest graphQlRequest, ServerRequest request, MediaType type) {
		if (OperationKinds.isReadOnly(graphQlRequest.query(), graphQlRequest.operationName())) {
			return execute(graphQlRequest, request, type);
		}
		return problem(HttpRequestProblem
			.methodNotAllowed("Only queries can be sent with GET: send mutations with POST", HttpMethod.POST), type);
	}

	private Mono<ServerResponse> execute(GraphQlRequest graphQlRequest, ServerRequest request, MediaType type) {
		RequestContext context = new RequestContext(forwardedHeaders(request), null);
		return Mono.defer(() -> Mono.fromFuture(engine().execute(graphQlRequest, context)))
			.onErrorResume(GraphQlHttpHandler::requestErrorOrProblem)
			.flatMap((response) -> respond(response, type));
	}

	private RouterEngine engine() {
		RouterEngine engine = this.engine;
		if (engine == null) {
			engine = this.engineProvider.getObject();
			this.engine = engine;
		}
		return engine;
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

	private static Mono<ServerResponse> respond(GraphQlResponse response, MediaType type) {
		boolean badRequest = response.isRequestError() && ResponseMediaTypes.GRAPHQL_RESPONSE.equals(type);
		return ServerResponse.status(badRequest ? HttpStatus.BAD_REQUEST : HttpStatus.OK)
			.contentType(type)
			.bodyValue(response.toJsonBytes());
	}

	private static Mono<ServerResponse> problem(HttpRequestProblem problem, MediaType type) {
		GraphQlError error = GraphQlError.of(problem.getMessage(), problem.code());
		ServerResponse.BodyBuilder response = ServerResponse.status(problem.status()).contentType(type);
		if (!problem.allow().isEmpty()) {
			response.allow(problem.allow());
		}
		return response.bodyValue(GraphQlResponse.ofErrors(error).toJsonBytes());
	}

	private static Mono<ServerResponse> notAcceptable() {
		return problem(HttpRequestProblem.of(HttpStatus.NOT_ACCEPTABLE,
				"Accept application/graphql-response+json or application/json"), MediaType.APPLICATION_JSON);
	}

	private Mono<byte[]> readBody(ServerRequest request) {
		long declared = request.headers().contentLength().orElse(-1);
		if (declared > this.maxBodyBytes) {
			return Mono.error(tooLarge());
		}
		return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), this.maxBodyBytes)
			.onErrorMap(DataBufferLimitException.class, (ex) -> tooLarge())
			.map(GraphQlHttpHandler::toBytes)
			.switchIfEmpty(Mono.error(() -> HttpRequestProblem.badRequest("The request body is empty")));
	}

	private HttpRequestProblem tooLarge() {
		return HttpRequestProblem.of(HttpStatus.CONTENT_TOO_LARGE,
				"The request body is larger than " + this.maxBodyBytes + " bytes");
	}

	private static byte[] toBytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private static Optional<MediaType> responseType(ServerRequest request) {
		try {
			return ResponseMediaTypes.negotiate(request.headers().accept());
		}
		catch (InvalidMediaTypeException ex) {
			return Optional.of(MediaType.APPLICATION_JSON);
		}
	}

	private static boolean isJson(ServerRequest request) {
		try {
			Optional<MediaType> contentType = request.headers().contentType();
			return contentType.isEmpty() || contentType.get().isCompatibleWith(MediaType.APPLICATION_JSON)
					|| contentType.get().isCompatibleWith(ResponseMediaTypes.GRAPHQL_RESPONSE);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static Map<String, List<String>> forwardedHeaders(ServerRequest request) {
		List<String> authorization = request.headers().header(HttpHeaders.AUTHORIZATION);
		return authorization.isEmpty() ? Map.of() : Map.of(HttpHeaders.AUTHORIZATION, authorization);
	}

}
