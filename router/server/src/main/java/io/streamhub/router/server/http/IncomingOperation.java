package io.streamhub.router.server.http;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One operation as a client sent it: a document, or a persisted id ({@code documentId},
 * or {@code extensions.persistedQuery}), or both (APQ registration).
 *
 * @param query the document, if sent
 * @param operationName the operation to run, if named
 * @param variables the variables
 * @param extensions the extensions
 * @param documentId the {@code documentId}, if sent
 */
record IncomingOperation(@Nullable String query, @Nullable String operationName,
		Map<String, @Nullable Object> variables, Map<String, Object> extensions, @Nullable String documentId) {

}
