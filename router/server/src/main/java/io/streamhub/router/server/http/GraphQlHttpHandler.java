package io.streamhub.router.server.http;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.streamhub.router.GraphQlError;
import io.streamhub.router.GraphQlResponse;
import io.streamhub.router.server.headers.ResponseHeaders;
import io.streamhub.router.server.runtime.Rejection;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * GraphQL over HTTP at {@code /graphql}: POST with a JSON body (one operation or a batch
 * array), GET for queries. Responses are the engine's serialized bytes. Status codes:
 * {@code application/graphql-response+json} answers request errors (the operation never
 * ran) with 400, {@code application/json} answers every well-formed request with 200;
 * requests that cannot be read are 4xx in both, and the pipeline's refusals carry their
 * own status (401, 403, 404, 429, ...). Every response carries {@code x-request-id}.
 */
final class GraphQlHttpHandler {

	private final OperationPipeline pipeline;

	private final int maxBodyBytes;

	private final int maxBatchSize;

	GraphQlHttpHandler(OperationPipeline pipeline, int maxBodyBytes, int maxBatchSize) {
		this.pipeline = pipeline;
		this.maxBodyBytes = maxBodyBytes;
		this.maxBatchSize = maxBatchSize;
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
		return readBody(request).map((body) -> GraphQlRequestReader.fromJson(body, this.maxBatchSize))
			.flatMap((body) -> this.pipeline.admit(request, body.operations().size())
				.flatMap((caller) -> body.batch() ? batch(body.operations(), caller, type)
						: single(body.operations().get(0), caller, type, false)))
			.onErrorResume((failure) -> failure(failure, type));
	}

	Mono<ServerResponse> get(ServerRequest request) {
		Optional<MediaType> responseType = responseType(request);
		if (responseType.isEmpty()) {
			return notAcceptable();
		}
		MediaType type = responseType.get();
		return Mono.fromCallable(() -> GraphQlRequestReader.fromParams(request.queryParams()))
			.flatMap((operation) -> this.pipeline.admit(request, 1)
				.flatMap((caller) -> single(operation, caller, type, true)))
			.onErrorResume((failure) -> failure(failure, type));
	}

	Mono<ServerResponse> methodNotAllowed(ServerRequest request) {
		return problem(
				HttpRequestProblem.methodNotAllowed("Use POST, or GET for queries", HttpMethod.GET, HttpMethod.POST),
				MediaType.APPLICATION_JSON);
	}

	private Mono<ServerResponse> single(IncomingOperation operation, Caller caller, MediaType type, boolean readOnly) {
		return this.pipeline.execute(operation, caller, readOnly)
			.flatMap((response) -> respond(response, caller, type))
			.onErrorResume((failure) -> failure(failure, type, caller))
			.doFinally((signal) -> close(caller));
	}

	private Mono<ServerResponse> batch(List<IncomingOperation> operations, Caller caller, MediaType type) {
		return Flux.fromIterable(operations)
			.concatMap((operation) -> this.pipeline.execute(operation, caller, false)
				.map(GraphQlResponse::toJsonBytes)
				.onErrorResume((failure) -> Mono.just(errorBody(failure))))
			.collectList()
			.flatMap((responses) -> ServerResponse.ok()
				.contentType(type)
				.headers((headers) -> addHeaders(headers, caller))
				.bodyValue(jsonArray(responses)))
			.doFinally((signal) -> close(caller));
	}

	private static byte[] errorBody(Throwable failure) {
		if (failure instanceof Rejection rejection) {
			return GraphQlResponse.ofErrors(error(rejection)).toJsonBytes();
		}
		if (failure instanceof HttpRequestProblem problem) {
			return GraphQlResponse.ofErrors(GraphQlError.of(problem.getMessage(), problem.code())).toJsonBytes();
		}
		return GraphQlResponse.ofErrors(GraphQlError.of("Internal server error", "INTERNAL")).toJsonBytes();
	}

	private static byte[] jsonArray(List<byte[]> elements) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write('[');
		for (int i = 0; i < elements.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.writeBytes(elements.get(i));
		}
		out.write(']');
		return out.toByteArray();
	}

	private static void close(Caller caller) {
		ResponseHeaders sink = caller.responseHeaders();
		if (sink != null) {
			sink.close();
		}
	}

	private static Mono<ServerResponse> respond(GraphQlResponse response, Caller caller, MediaType type) {
		boolean badRequest = response.isRequestError() && ResponseMediaTypes.GRAPHQL_RESPONSE.equals(type);
		return ServerResponse.status(badRequest ? HttpStatus.BAD_REQUEST : HttpStatus.OK)
			.contentType(type)
			.headers((headers) -> addHeaders(headers, caller))
			.bodyValue(response.toJsonBytes());
	}

	private static void addHeaders(org.springframework.http.HttpHeaders headers, Caller caller) {
		headers.set("x-request-id", caller.requestId());
		ResponseHeaders sink = caller.responseHeaders();
		if (sink != null) {
			sink.headers().forEach((name, values) -> values.forEach((value) -> headers.add(name, value)));
		}
	}

	private static Mono<ServerResponse> failure(Throwable failure, MediaType type) {
		return failure(failure, type, null);
	}

	private static Mono<ServerResponse> failure(Throwable failure, MediaType type, @Nullable Caller caller) {
		if (failure instanceof Rejection rejection) {
			return rejection((caller != null) ? rejection.withHeader("x-request-id", caller.requestId()) : rejection,
					type);
		}
		if (failure instanceof HttpRequestProblem problem) {
			return problem(problem, type);
		}
		return Mono.error(failure);
	}

	private static Mono<ServerResponse> rejection(Rejection rejection, MediaType type) {
		HttpStatus status = rejection.status();
		if (rejection.isRequestError()) {
			status = ResponseMediaTypes.GRAPHQL_RESPONSE.equals(type) ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
		}
		return ServerResponse.status(status)
			.contentType(type)
			.headers((headers) -> rejection.headers().forEach(headers::set))
			.bodyValue(GraphQlResponse.ofErrors(error(rejection)).toJsonBytes());
	}

	private static GraphQlError error(Rejection rejection) {
		Map<String, Object> extensions = new java.util.LinkedHashMap<>();
		extensions.put("code", rejection.code());
		extensions.putAll(rejection.extensions());
		return new GraphQlError(rejection.getMessage(), null, null, extensions);
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

}
