package io.streamhub.discovery.index;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import reactor.core.publisher.Mono;

/**
 * Adapts the asynchronous Elasticsearch client to Reactor.
 */
public final class ElasticsearchCalls {

	private ElasticsearchCalls() {
	}

	/**
	 * A client call as a Mono (started on subscription), with the
	 * {@link CompletionException} wrapper removed from errors.
	 * @param <T> the response type
	 * @param call starts the request
	 * @return the response
	 */
	public static <T> Mono<T> call(Supplier<CompletableFuture<T>> call) {
		return Mono.defer(() -> Mono.fromFuture(call.get()))
			.onErrorMap(CompletionException.class, (ex) -> (ex.getCause() != null) ? ex.getCause() : ex);
	}

	/**
	 * The HTTP status of an Elasticsearch error, 0 for other errors.
	 * @param error the error
	 * @return the status
	 */
	public static int status(Throwable error) {
		return (error instanceof ElasticsearchException elasticsearch) ? elasticsearch.status() : 0;
	}

}
