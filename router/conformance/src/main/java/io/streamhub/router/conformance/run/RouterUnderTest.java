package io.streamhub.router.conformance.run;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A router started on one supergraph, answering queries with a GraphQL response as JSON
 * ({@code data}, {@code errors}).
 */
public interface RouterUnderTest extends AutoCloseable {

	JsonNode execute(String query) throws Exception;

	@Override
	default void close() throws Exception {
	}

}
