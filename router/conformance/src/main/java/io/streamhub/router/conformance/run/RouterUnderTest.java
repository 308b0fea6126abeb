package io.streamhub.router.conformance.run;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A router started on one supergraph, answering queries with a GraphQL response as JSON
 * ({@code data}, {@code errors}).
 */
public interface RouterUnderTest extends AutoCloseable {

	JsonNode execute(String query, Map<String, Object> variables) throws Exception;

	@Override
	default void close() throws Exception {
	}

}
