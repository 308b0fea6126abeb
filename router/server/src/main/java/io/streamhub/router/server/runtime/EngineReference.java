package io.streamhub.router.server.runtime;

import java.util.function.Consumer;

import graphql.schema.GraphQLSchema;
import io.streamhub.router.RouterEngine;

/**
 * The engine currently serving. A reload swaps it atomically: a request that has taken
 * the engine finishes on it, later requests take the new one.
 */
public interface EngineReference {

	/**
	 * The engine in service.
	 * @return the engine
	 */
	RouterEngine current();

	/**
	 * Runs {@code warmer} on the current engine and on each new engine before it goes
	 * into service (e.g. to plan the persisted operations).
	 * @param warmer the callback
	 */
	void onEngine(Consumer<RouterEngine> warmer);

	/**
	 * The API schema of the engine in service.
	 * @return the schema clients see
	 */
	default GraphQLSchema apiSchema() {
		return current().supergraph().apiSchema();
	}

}
